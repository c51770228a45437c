package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.readout.model.Problem;

class EncodingDetectionTest {
    private static final String SENTENCE = "Le ministre a rencontré M. Müller à Genève";
    private final InputDecoder decoder = new InputDecoder(InputLimits.defaults());

    @Test
    void decodesPlainUtf8WithoutWarning() {
        DecodeResult result = decoder.decode("a.txt", SENTENCE.getBytes(StandardCharsets.UTF_8));

        assertThat(result.document().text()).isEqualTo(SENTENCE);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void stripsUtf8ByteOrderMark() {
        DecodeResult result = decoder.decode("a.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SENTENCE.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.document().text()).isEqualTo(SENTENCE);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void decodesUtf16LittleEndianWithByteOrderMark() {
        DecodeResult result = decoder.decode("a.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SENTENCE.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(result.document().text()).isEqualTo(SENTENCE);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-16LE", "byte order mark"));
    }

    @Test
    void decodesUtf32BigEndianWithByteOrderMark() {
        byte[] bom = {0, 0, (byte) 0xFE, (byte) 0xFF};
        DecodeResult result = decoder.decode("a.txt", concat(bom, SENTENCE.getBytes(Charset.forName("UTF-32BE"))));

        assertThat(result.document().text()).isEqualTo(SENTENCE);
    }

    @Test
    void recognisesUtf16WithoutByteOrderMarkByItsNulPattern() {
        DecodeResult result = decoder.decode("a.txt", SENTENCE.getBytes(StandardCharsets.UTF_16BE));

        assertThat(result.document().text()).isEqualTo(SENTENCE);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-16BE"));
    }

    @Test
    void decodesLatin1BytesWithCharsetWarning() {
        DecodeResult result = decoder.decode("a.txt", SENTENCE.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(result.document().text()).isEqualTo(SENTENCE);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.code()).isEqualTo("charset");
            assertThat(p.message()).startsWith("decoded as windows-1252");
        });
    }

    @Test
    void decodesWindows1252SmartQuotesAndDashes() {
        String quoted = "The minister said: \u201CWe agreed on everything\u201D \u2013 and he meant it, \u2018mostly\u2019.";

        DecodeResult result = decoder.decode("a.txt", quoted.getBytes(Charset.forName("windows-1252")));

        assertThat(result.document().text()).isEqualTo(quoted);
        assertThat(result.problems()).extracting(Problem::code).containsExactly("charset");
    }

    @Test
    void honoursHtmlMetaCharsetWhenBytesAreNotUtf8() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Talks</title></head>"
                + "<body><p>" + SENTENCE + " \u2013 \u201Cfruitful\u201D.</p></body></html>";

        DecodeResult result = decoder.decode("a.html", html.getBytes(Charset.forName("windows-1252")));

        assertThat(result.document().text()).isEqualTo("Talks\n\n" + SENTENCE + " \u2013 \u201Cfruitful\u201D.");
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("windows-1252", "meta charset"));
    }

    @Test
    void honoursHttpEquivCharsetThatNoGuessWouldFind() {
        String polish = "Minister spotkał się z ambasadorem w Łodzi i w Gdańsku.";
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\"></head>"
                + "<body><p>" + polish + "</p></body></html>";

        DecodeResult result = decoder.decode("a.html", html.getBytes(Charset.forName("ISO-8859-2")));

        assertThat(result.document().text()).isEqualTo(polish);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("ISO-8859-2"));
    }

    @Test
    void ignoresMetaCharsetWhenBytesAreValidUtf8() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + SENTENCE + "</p></body></html>";

        DecodeResult result = decoder.decode("a.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(result.document().text()).isEqualTo(SENTENCE);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void normalisesLineEndingsToLineFeed() {
        DecodeResult result = decoder.decode("a.txt", "one\r\ntwo\rthree\n".getBytes(StandardCharsets.UTF_8));

        assertThat(result.document().text()).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void normalisesToComposedForm() {
        DecodeResult result = decoder.decode("a.txt", "Gene\u0300ve".getBytes(StandardCharsets.UTF_8));

        assertThat(result.document().text()).isEqualTo("Genève");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }
}
