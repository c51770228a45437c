package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The format is told by content; the name only breaks ties. */
class FormatSnifferTest {
    private static InputFormat sniff(String head, String name) {
        return FormatSniffer.sniff(Samples.utf8(head), name, InputOptions.defaults());
    }

    @Test
    void contentWinsOverTheName() {
        assertThat(sniff("<?xml version=\"1.0\"?>\n<!-- a feed -->\n<rss version=\"2.0\"><channel>", "page.html")).isEqualTo(InputFormat.FEED);
        assertThat(sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "x.txt")).isEqualTo(InputFormat.FEED);
        assertThat(sniff("<!DOCTYPE html><html><body><p>text</p>", "feed.xml")).isEqualTo(InputFormat.DOCUMENT);
        assertThat(sniff("\uFEFF {\"text\": \"hello\"}\n", "dump.txt")).isEqualTo(InputFormat.JSON_LINES);
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.dat")).isEqualTo(InputFormat.WARC);
        assertThat(sniff("%PDF-1.7\n", "a.txt")).isEqualTo(InputFormat.PDF);
        assertThat(FormatSniffer.sniff(Samples.gzip(Samples.utf8("x")), "a.txt", InputOptions.defaults())).isEqualTo(InputFormat.GZIP);
        assertThat(FormatSniffer.sniff(Samples.tarGz(), "a", InputOptions.defaults())).isEqualTo(InputFormat.GZIP);
        assertThat(FormatSniffer.sniff(Samples.zip(), "a", InputOptions.defaults())).isEqualTo(InputFormat.ZIP);
    }

    @Test
    void csvByAHeaderNamingTheTextColumnOrByItsName() {
        assertThat(sniff("id;Title;Body;url\n1;a;b;c\n", "export.txt")).isEqualTo(InputFormat.CSV);
        assertThat(sniff("a\tb\n1\t2\n", "dump.tsv")).isEqualTo(InputFormat.CSV);
        assertThat(sniff("The text, as it was said, is here.\nMore text.\n", "readout.txt")).isEqualTo(InputFormat.DOCUMENT);
        assertThat(sniff("Text\nThe ministers met.\n", "readout.txt")).isEqualTo(InputFormat.DOCUMENT);
    }

    @Test
    void datesAreTakenAsThePublisherWroteThem() {
        assertThat(Dates.parse("Tue, 05 Mar 2024 23:30:00 -0500")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Dates.parse("Tue, 5 Mar 24 23:30:00 EST")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Dates.parse("2024-03-05T23:30:00-05:00")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Dates.parse("2024-02-30")).isEmpty();
        assertThat(Dates.parse("yesterday")).isEmpty();
    }

    @Test
    void aReaderSurvivesSerialisation() throws Exception {
        InputReader reader = new InputReader(InputLimits.defaults(), InputOptions.defaults().withTextColumn("body"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(reader);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            InputReader copy = (InputReader) in.readObject();
            assertThat(copy.options()).isEqualTo(reader.options());
            assertThat(Samples.read(copy, "a.csv", Samples.utf8("title,body\nT,The ministers met.\n")))
                    .singleElement().satisfies(d -> assertThat(d.result().document().text()).isEqualTo("The ministers met."));
        }
    }
}
