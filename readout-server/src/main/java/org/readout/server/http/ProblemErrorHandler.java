package org.readout.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.readout.server.api.ProblemJson;
import org.readout.server.api.SafetyHeaders;

/**
 * The answers Jetty gives without the app (a URI it refuses, headers too large, a body refused
 * before the app sees it) as the app's own errors are: problem JSON with the safety headers, never
 * an HTML page, a stack trace or a cause.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    /** Jetty's reasons are short; longer ones are cut rather than echoing a request back at length. */
    private static final int MAX_DETAIL = 200;

    private final ObjectMapper json;

    public ProblemErrorHandler(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true; // a PUT or DELETE refused gets the same problem JSON as a GET
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        SafetyHeaders.HEADERS.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, ProblemJson.CONTENT_TYPE);
        response.write(true, body(code, message), callback);
    }

    /** The answer to a request too malformed to be a request (bad URI, headers too large). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SafetyHeaders.HEADERS.forEach(fields::put);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ProblemJson.CONTENT_TYPE));
        return body(status, reason);
    }

    private ByteBuffer body(int status, String message) {
        String detail = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
        detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
        try {
            return ByteBuffer.wrap(json.writeValueAsBytes(ProblemJson.of(status, detail)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
