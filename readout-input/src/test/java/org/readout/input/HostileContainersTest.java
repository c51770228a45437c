package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.input.Samples.SENTENCE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.readout.model.Problem;

/** Broken and malicious containers are reported, the good documents beside them kept, and nothing is thrown. */
@Timeout(60)
class HostileContainersTest {
    private final InputReader reader = new InputReader(InputLimits.defaults());

    @Test
    void truncatedGzipReportsWhatItCouldNotRead() {
        byte[] gz = Samples.gzip(Samples.utf8(new String(Samples.jsonl(), StandardCharsets.UTF_8).repeat(100)));

        List<InputDocument> docs = Samples.read(reader, "dump.jsonl.gz", Arrays.copyOf(gz, gz.length - 20));

        assertThat(docs).last().satisfies(d -> assertThat(d.result().accepted()).isFalse());
        assertThat(docs.get(0).result().accepted()).isTrue();
    }

    @Test
    void warcWithABadRecordLengthKeepsTheRecordsBeforeIt() {
        byte[] warc = Samples.utf8("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/1\r\n"
                + "WARC-Date: 2024-03-06T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + SENTENCE.length() + "\r\n\r\n" + SENTENCE + "\r\n\r\n"
                + "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/2\r\n"
                + "WARC-Date: 2024-03-06T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\n" + SENTENCE + "\r\n\r\n"
                + "WARC/1.1\r\nWARC-Type: resource\r\n\r\n");

        List<InputDocument> docs = Samples.read(reader, "bad.warc", warc);

        assertThat(docs.get(0).result().document().url()).isEqualTo("https://a.example/1");
        assertThat(docs).last().satisfies(d -> assertThat(d.result().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("rest of file not read")));
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() {
        byte[] html = Samples.utf8("<html><body>" + "<div>".repeat(100_000) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(100_000));

        List<InputDocument> docs = Samples.read(reader, "deep.html", html);

        assertThat(docs).singleElement().satisfies(d -> assertThat(d.result().accepted()
                ? d.result().document().text() : d.result().problems().get(0).message()).isNotEmpty());
    }

    @Test
    void zipBombIsStoppedAndTheEntriesBesideItRead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("good.txt"));
            zip.write(Samples.utf8(SENTENCE));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        List<InputDocument> docs = Samples.read(reader, "bomb.zip", out.toByteArray());

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).result().problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("bomb");
            assertThat(p.message()).contains("expands over 100 times");
        });
        assertThat(docs.get(1).result().document().text()).isEqualTo(SENTENCE);
    }

    @Test
    void archivesNestedTooDeeplyAreReported() {
        byte[] bytes = Samples.utf8(SENTENCE);
        for (int i = 0; i < 6; i++) {
            bytes = Samples.zip(new Samples.Entry("level" + i + ".zip", bytes));
        }

        List<InputDocument> docs = Samples.read(reader, "deep.zip", bytes);

        assertThat(docs).singleElement().satisfies(d -> assertThat(d.result().problems().get(0).code()).isEqualTo("too_deep"));
    }

    @Test
    void invalidUtf8AndEmptyFilesAreReportedOrRepaired() {
        assertThat(Samples.read(reader, "empty.txt", new byte[0])).singleElement()
                .satisfies(d -> assertThat(d.result().problems()).containsExactly(Problem.error("empty", "empty file")));
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, (byte) 0x28, (byte) 0xA1, 'a', 'b'};
        assertThat(Samples.read(reader, "invalid.txt", invalid)).singleElement()
                .satisfies(d -> assertThat(d.result().problems()).isNotEmpty());
    }

    @Test
    void aHundredMegabyteJsonLineIsSkippedWithoutBeingHeld() {
        long length = 100L << 20;
        InputStream huge = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ < length ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - served);
                Arrays.fill(b, off, off + n, (byte) 'x');
                served += n;
                return n;
            }
        };
        InputStream jsonl = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(Samples.utf8("{\"text\":\"" + SENTENCE + "\"}\n{\"text\":\"")), huge,
                new ByteArrayInputStream(Samples.utf8("\"}\n{\"text\":\"" + SENTENCE + "\"}\n")))));
        List<InputDocument> docs = new ArrayList<>();

        reader.read("huge.jsonl", "huge.jsonl", jsonl, docs::add);

        assertThat(docs).extracting(InputDocument::entry).containsExactly("#1", "#2", "#3");
        assertThat(docs.get(1).result().problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("too_large"));
        assertThat(docs.get(2).result().document().text()).isEqualTo(SENTENCE);
    }

    @Test
    void invalidXmlInAFeedKeepsTheItemsBeforeIt() {
        String rss = new String(Samples.rss(), StandardCharsets.UTF_8);
        String broken = rss.replace("<item><title>Nothing here</title>", "<item><title>Broken & bad</title>");

        List<InputDocument> docs = Samples.read(reader, "broken.xml", Samples.utf8(broken));

        assertThat(docs).extracting(InputDocument::entry).containsExactly("#1", "#2", "#3");
        assertThat(docs.get(0).result().accepted()).isTrue();
        assertThat(docs.get(2).result().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not well-formed XML at line", "rest of feed not read"));
    }

    @Test
    void feedWithAnEntityBombIsRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss><channel><item><description>&c;&c;&c;</description></item></channel></rss>";

        List<InputDocument> docs = Samples.read(reader, "bomb.xml", Samples.utf8(bomb));

        assertThat(docs).singleElement().satisfies(d -> assertThat(d.result().accepted()).isFalse());
    }

    @Test
    void csvWithAnUnclosedQuoteStopsAtTheLimit() {
        InputReader small = new InputReader(new InputLimits(1000));
        byte[] csv = Samples.utf8("title,text\nOne,\"" + SENTENCE + "\"\nTwo,\"" + "x".repeat(100_000) + "\n");

        List<InputDocument> docs = Samples.read(small, "dump.csv", csv);

        assertThat(docs.get(0).result().document().text()).isEqualTo(SENTENCE);
        assertThat(docs).last().satisfies(d -> assertThat(d.result().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("rest of file not read")));
    }

    @Test
    void pdfThatIsNotReallyAPdfIsReported() {
        List<InputDocument> docs = Samples.read(reader, "fake.pdf", Samples.utf8("%PDF-1.7\nnot a pdf at all"));

        assertThat(docs).singleElement().satisfies(d -> assertThat(d.result().accepted()).isFalse());
    }
}
