package org.readout.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.readout.input.DecodeResult;
import org.readout.input.InputDecoder;
import org.readout.input.InputLimits;
import org.readout.model.Problem;
import org.readout.model.SourceDocument;

/**
 * The document a POST carries: the text itself ({@code text/plain}) or JSON ({@link PostedText}),
 * read within the body limit and decoded as the CLI decodes a file, so that a binary or empty text is
 * refused (422) with the decoder's reason.
 */
final class TextBody {
    static final String DEFAULT_NAME = "posted.txt";

    private final long maxBytes;
    private final InputDecoder decoder;
    private final ObjectMapper json;

    TextBody(long maxBytes, ObjectMapper json) {
        this.maxBytes = maxBytes;
        this.decoder = new InputDecoder(new InputLimits(maxBytes));
        this.json = json;
    }

    SourceDocument read(Context ctx) {
        String type = mediaType(ctx);
        if (!type.equals("text/plain") && !type.equals("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "send the text as text/plain or as JSON {\"text\": ...}");
        }
        byte[] body = bytes(ctx);
        return type.equals("text/plain") ? decode(DEFAULT_NAME, body) : fromJson(body);
    }

    private SourceDocument fromJson(byte[] body) {
        PostedText posted;
        try {
            posted = json.readValue(body, PostedText.class);
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not JSON of the form {\"text\": ..., \"name\": ...}");
        }
        if (posted == null || posted.text() == null) {
            throw ApiException.unprocessable("no text: the JSON needs a \"text\"");
        }
        SourceDocument d = decode(posted.name() == null ? DEFAULT_NAME : posted.name(),
                posted.text().getBytes(StandardCharsets.UTF_8));
        // what the caller says about the document wins over what a page's markup said
        return new SourceDocument(d.id(), d.text(), first(posted.title(), d.title()), first(posted.url(), d.url()),
                posted.published() != null ? posted.published() : d.published(), d.siteName());
    }

    private SourceDocument decode(String name, byte[] bytes) {
        DecodeResult result = decoder.decode(name, bytes);
        if (!result.accepted()) {
            Problem p = result.problems().get(0);
            throw p.code().equals("too_large") ? tooLarge() : ApiException.unprocessable(p.message());
        }
        return result.document();
    }

    /** The body, refused before reading when its declared length is over the limit, and when it turns out to be. */
    private byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the body: " + e.getMessage());
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "the body is over the " + maxBytes + "-byte limit");
    }

    private static String mediaType(Context ctx) {
        String type = ctx.contentType();
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
