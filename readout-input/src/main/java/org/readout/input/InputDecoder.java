package org.readout.input;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.readout.model.Problem;
import org.readout.model.SourceDocument;

/**
 * Turns the bytes of one document (plain text or HTML, in any common encoding) into one
 * {@link SourceDocument}, or rejects them with a problem that says what is wrong.
 * Immutable and thread-safe; it does no I/O, so the caller reads the bytes.
 */
public final class InputDecoder implements Serializable {
    private static final long serialVersionUID = 1L;

    private final InputLimits limits;

    public InputDecoder(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public InputLimits limits() {
        return limits;
    }

    public DecodeResult decode(String id, byte[] bytes) {
        Objects.requireNonNull(id, "id");
        Optional<Problem> refused = refuseBytes(bytes);
        if (refused.isPresent()) {
            return DecodeResult.rejected(refused.get());
        }
        CharsetDetector.Detection detection = CharsetDetector.detect(bytes);
        return decode(id, detection.decode(bytes), detection.warnings(), false);
    }

    /**
     * Text a container has already decoded (a feed item, a dump's text column, a PDF's text
     * layer), read as a file's text is: refused if it is not text, read as a page if it is HTML.
     * A {@code fragment} (a feed's or dump's field) is HTML if it has a single tag.
     */
    DecodeResult decode(String id, String decoded, List<Problem> warnings, boolean fragment) {
        String text = TextNormaliser.normalise(decoded);
        Optional<Problem> refused = refuseText(text);
        if (refused.isPresent()) {
            return DecodeResult.rejected(refused.get());
        }
        long nuls = BinarySniffer.nuls(text);
        if (nuls == 0) {
            return accept(id, text, warnings, fragment);
        }
        List<Problem> all = new ArrayList<>(warnings);
        all.add(Problem.warning("nul", nuls + " NUL byte" + (nuls == 1 ? "" : "s") + " dropped from the text"));
        return accept(id, text.replace("\u0000", ""), all, fragment);
    }

    private Optional<Problem> refuseBytes(byte[] bytes) {
        if (limits.exceeds(bytes.length)) {
            return Optional.of(limits.tooLarge(bytes.length));
        }
        if (bytes.length == 0) {
            return Optional.of(empty("empty file"));
        }
        return BinarySniffer.knownFormat(bytes).map(InputDecoder::binary);
    }

    private static Optional<Problem> refuseText(String text) {
        Optional<Problem> binary = BinarySniffer.nonText(text).map(InputDecoder::binary);
        if (binary.isEmpty() && TextNormaliser.isBlank(text)) {
            return Optional.of(empty("whitespace-only file, no text"));
        }
        return binary;
    }

    private static DecodeResult accept(String id, String text, List<Problem> warnings, boolean fragment) {
        boolean html = fragment ? HtmlDetector.looksLikeHtmlFragment(text) : HtmlDetector.looksLikeHtml(text);
        SourceDocument document = html ? HtmlMainText.extract(id, text) : SourceDocument.of(id, text);
        if (TextNormaliser.isBlank(document.text())) {
            return DecodeResult.rejected(empty("HTML page with no readable text"));
        }
        return new DecodeResult(document, warnings);
    }

    private static Problem empty(String message) {
        return Problem.error("empty", message);
    }

    private static Problem binary(String what) {
        return Problem.error("binary", "binary file (" + what + "), not text");
    }
}
