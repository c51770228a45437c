package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.readout.model.Problem;

class RejectionTest {
    private final InputDecoder decoder = new InputDecoder(InputLimits.defaults());

    @Test
    void rejectsEmptyFile() {
        assertRejected(decoder.decode("a.txt", new byte[0]), "empty", "empty file");
    }

    @Test
    void rejectsWhitespaceOnlyFile() {
        assertRejected(decoder.decode("a.txt", " \n\t\r\n \u00A0 ".getBytes(StandardCharsets.UTF_8)),
                "empty", "whitespace-only file, no text");
    }

    @Test
    void rejectsPngByItsHeader() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertRejected(decoder.decode("a.png", png), "binary", "binary file (PNG image), not text");
    }

    @Test
    void rejectsPdfByItsHeader() {
        byte[] pdf = "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertRejected(decoder.decode("a.pdf", pdf), "binary", "binary file (PDF document), not text");
    }

    @Test
    void rejectsRandomBinaryWithNulBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 'x';
        bytes[100] = 0;

        assertRejected(decoder.decode("a.bin", bytes), "binary", "binary file (NUL bytes), not text");
    }

    @Test
    void rejectsTextThatIsMostlyControlCharacters() {
        byte[] bytes = "a\u0001b\u0002c\u0003d\u0004e\u0005".getBytes(StandardCharsets.UTF_8);

        DecodeResult result = decoder.decode("a.bin", bytes);

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("control characters"));
    }

    @Test
    void rejectsInputOverTheLimit() {
        InputDecoder small = new InputDecoder(new InputLimits(100));

        assertRejected(small.decode("a.txt", new byte[101]), "too_large",
                "101 bytes is over the 100-byte limit for one document (--max-bytes)");
    }

    @Test
    void acceptsInputAtTheLimit() {
        InputDecoder small = new InputDecoder(new InputLimits(5));

        assertThat(small.decode("a.txt", "hello".getBytes(StandardCharsets.US_ASCII)).accepted()).isTrue();
    }

    @Test
    void tooLargeProblemCanBeBuiltFromTheFileSizeAlone() {
        InputLimits limits = InputLimits.defaults();

        assertThat(limits.exceeds(52_428_800L)).isTrue();
        assertThat(limits.tooLarge(52_428_800L)).isEqualTo(Problem.error("too_large",
                "52,428,800 bytes is over the 5,242,880-byte limit for one document (--max-bytes)"));
    }

    private static void assertRejected(DecodeResult result, String code, String message) {
        assertThat(result.accepted()).isFalse();
        assertThat(result.document()).isNull();
        assertThat(result.problems()).containsExactly(Problem.error(code, message));
    }
}
