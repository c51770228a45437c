package org.readout.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares in {@code <meta charset>} or {@code <meta http-equiv="Content-Type">},
 * read off the raw bytes before decoding, as browsers do.
 */
final class HtmlCharsetDeclaration {
    /** Browsers look in the first 1,024 bytes; we allow for a longer head. */
    private static final int SCAN = 8192;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharsetDeclaration() {
    }

    /**
     * Only asked once the bytes are known not to be UTF-8, so a page that claims UTF-8 (or UTF-16,
     * which an ASCII-readable declaration cannot be) is mistaken and its claim is ignored.
     */
    static Optional<Charset> find(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find()
                ? Charsets.named(m.group(1)).filter(c -> !c.name().startsWith("UTF-")).map(Charsets::widen)
                : Optional.empty();
    }
}
