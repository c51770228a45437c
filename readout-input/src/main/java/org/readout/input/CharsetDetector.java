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
    /** How to decode: the charset, how many leading bytes are a byte order mark, and why we chose it. */
    record Detection(Charset charset, int bomLength, String reason) {
        String decode(byte[] bytes) {
            return new String(bytes, bomLength, bytes.length - bomLength, charset);
        }

        /** Anything but UTF-8 is worth a warning: the reader may want to check the accents. */
        List<Problem> warnings() {
            return charset.equals(StandardCharsets.UTF_8)
                    ? List.of()
                    : List.of(Problem.warning("charset", "decoded as " + charset.name() + " (" + reason + ")"));
        }
    }

    private static final int SAMPLE = 4096;

    private CharsetDetector() {
    }

    static Detection detect(byte[] bytes) {
        return ByteOrderMark.of(bytes)
                .or(() -> utf16WithoutBom(bytes))
                .or(() -> strictUtf8(bytes))
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
