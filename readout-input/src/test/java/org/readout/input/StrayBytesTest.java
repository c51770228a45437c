package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.readout.model.Problem;

/** A few bad bytes in a text spoil those bytes, not the whole text (issue 11, item 9). */
class StrayBytesTest {
    private static final String TEXT = "Le ministre a rencontré son homologue à Genève ; ils ont évoqué la coopération économique. ";

    private final InputDecoder decoder = new InputDecoder(InputLimits.defaults());

    @Test
    void twoInvalidBytesInUtf8KeepTheRestUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(TEXT.repeat(3).getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write(0xFF);
        bytes.writeBytes(TEXT.getBytes(StandardCharsets.UTF_8));

        DecodeResult result = decoder.decode("a.txt", bytes.toByteArray());

        assertThat(result.document().text()).contains("rencontré son homologue à Genève").contains("\uFFFD");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).startsWith("2 invalid UTF-8 byte sequences replaced with U+FFFD");
        });
    }

    @Test
    void windows1252TextIsStillReadAsWindows1252() {
        byte[] bytes = TEXT.repeat(3).getBytes(java.nio.charset.Charset.forName("windows-1252"));

        DecodeResult result = decoder.decode("a.txt", bytes);

        assertThat(result.document().text()).contains("rencontré son homologue à Genève").doesNotContain("\uFFFD");
    }

    @Test
    void oneNulByteIsDroppedWithAWarning() {
        String text = "The ministers met in Hanoi.\u0000 They agreed to meet again next year.";

        DecodeResult result = decoder.decode("a.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(result.document().text()).isEqualTo("The ministers met in Hanoi. They agreed to meet again next year.");
        assertThat(result.problems()).containsExactly(Problem.warning("nul", "1 NUL byte dropped from the text"));
    }

    @Test
    void manyNulBytesAreStillBinary() {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 26);
        }

        DecodeResult result = decoder.decode("a.bin", bytes);

        assertThat(result.problems()).containsExactly(Problem.error("binary", "binary file (NUL bytes), not text"));
    }
}
