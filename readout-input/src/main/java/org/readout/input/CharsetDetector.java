package org.readout.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;
import org.readout.model.Problem;

/** Decides how to read bytes as text, the surest evidence first: BOM, valid UTF-8, the page's own declaration, a guess. */
final class CharsetDetector {
    /**
     * How to decode: the charset, how many leading bytes are a byte order mark, why we chose it,
     * and how many invalid sequences decoding replaces with U+FFFD (only ever for UTF-8).
     */
    record Detection(Charset charset, int bomLength, String reason, long replaced) {
        Detection(Charset charset, int bomLength, String reason) {
            this(charset, bomLength, reason, 0);
        }

        String decode(byte[] bytes) {
            return new String(bytes, bomLength, bytes.length - bomLength, charset);
        }

        /** Anything but UTF-8, or UTF-8 with bad bytes, is worth a warning: the reader may want to check the accents. */
        List<Problem> warnings() {
            if (replaced > 0) {
                return List.of(Problem.warning("charset", replaced + " invalid UTF-8 byte sequence" + (replaced == 1 ? "" : "s")
                        + " replaced with U+FFFD (" + reason + ")"));
            }
            return charset.equals(StandardCharsets.UTF_8)
                    ? List.of()
                    : List.of(Problem.warning("charset", "decoded as " + charset.name() + " (" + reason + ")"));
        }
    }

    /**
     * Valid multi-byte characters per invalid sequence above which a file is UTF-8 with a few bad
     * bytes rather than a single-byte charset: in windows-1252 text a valid UTF-8 sequence is rare
     * (it takes mojibake such as "Ã©"), while every accented letter is an invalid one.
     */
    private static final int VALID_PER_INVALID = 2;

    private static final int SAMPLE = 4096;

    private CharsetDetector() {
    }

    static Detection detect(byte[] bytes) {
        return ByteOrderMark.of(bytes)
                .or(() -> utf16WithoutBom(bytes))
                .or(() -> strictUtf8(bytes))
                .or(() -> mostlyUtf8(bytes))
                .or(() -> HtmlCharsetDeclaration.find(bytes).map(c -> new Detection(c, 0, "declared by the page's meta charset")))
                .or(() -> guess(bytes))
                .orElse(new Detection(Charsets.WINDOWS_1252, 0, "not valid UTF-8, no confident guess"));
    }

    /** Text in UTF-16 without a BOM shows as a NUL in every other byte (Latin script) and nearly none in the rest. */
    private static Optional<Detection> utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (pairs < 2 || Math.min(evenNuls, oddNuls) * 20 > pairs || Math.max(evenNuls, oddNuls) * 5 < pairs * 2) {
            return Optional.empty();
        }
        Charset charset = evenNuls > oddNuls ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        return Optional.of(new Detection(charset, 0, "no byte order mark, NUL byte pattern"));
    }

    private static Optional<Detection> strictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(new Detection(StandardCharsets.UTF_8, 0, "valid UTF-8"));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** UTF-8 with a few invalid sequences (a bad copy, a truncated character) stays UTF-8; the bad bytes become U+FFFD. */
    private static Optional<Detection> mostlyUtf8(byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        long replaced = lenient.chars().filter(c -> c == '\uFFFD').count();
        long valid = lenient.chars().filter(c -> c > 0x7F && c != '\uFFFD' && !Character.isLowSurrogate((char) c)).count();
        return valid >= VALID_PER_INVALID * replaced
                ? Optional.of(new Detection(StandardCharsets.UTF_8, 0, "mostly valid UTF-8", replaced))
                : Optional.empty();
    }

    /** juniversalchardet names a charset only when it is confident; UTF-8 is out, the bytes are not valid UTF-8. */
    private static Optional<Detection> guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return Charsets.named(detector.getDetectedCharset())
                .filter(c -> !c.equals(StandardCharsets.UTF_8))
                .map(c -> new Detection(Charsets.widen(c), 0, "not valid UTF-8, guessed from its byte patterns"));
    }
}
