package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.input.Samples.SENTENCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.readout.model.Problem;
import org.readout.model.SourceDocument;

/** Each format comes through with its URL, date and outlet; its bad items are reported and the rest read. */
class ContainerReadersTest {
    private final InputReader reader = new InputReader(InputLimits.defaults());

    @Test
    void rssItemsAreDocumentsWithLinkDateAndTheFeedAsOutlet() {
        List<InputDocument> docs = Samples.read(reader, "mfa.xml", Samples.rss());

        assertThat(docs).extracting(InputDocument::entry).containsExactly("#1", "#2", "#3");
        SourceDocument first = docs.get(0).result().document();
        assertThat(first.id()).isEqualTo("mfa.xml#1");
        assertThat(first.url()).isEqualTo("https://mfa.example/news/1");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.siteName()).isEqualTo("Freedonia Foreign Ministry");
        assertThat(first.title()).isEqualTo("Ministers meet in Marsport");
        assertThat(first.text()).contains(SENTENCE).contains("meet again in June").doesNotContain("teaser");
        assertThat(docs.get(0).result().problems()).isEmpty();

        DecodeResult summaryOnly = docs.get(1).result();
        assertThat(summaryOnly.document().text()).isEqualTo("The two ministers spoke by telephone about the harbour project.");
        assertThat(summaryOnly.document().published()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(summaryOnly.problems()).containsExactly(Problem.warning("summary_only", "feed item has only a summary"));

        assertThat(docs.get(2).result().problems()).containsExactly(Problem.error("empty", "feed item has no text"));
    }

    @Test
    void atomEntriesTakeTheAlternateLinkAndThePublishedDate() {
        List<InputDocument> docs = Samples.read(reader, "agency.atom", Samples.atom());

        assertThat(docs).singleElement().satisfies(d -> {
            SourceDocument doc = d.result().document();
            assertThat(doc.url()).isEqualTo("https://news.example/a/7");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 4, 1));
            assertThat(doc.siteName()).isEqualTo("Sylvania News Agency");
            assertThat(doc.text()).isEqualTo(SENTENCE + "\n\nA second paragraph follows.");
        });
    }

    @Test
    void warcResponsesAndResourcesAreDocumentsAndTheRestIsSkipped() {
        List<InputDocument> docs = Samples.read(reader, "crawl.warc.gz", Samples.warcGz());

        assertThat(docs).extracting(InputDocument::entry).containsExactly("#1", "#2", "#5");
        assertThat(docs).allMatch(d -> d.result().accepted());
        SourceDocument page = docs.get(0).result().document();
        assertThat(page.id()).isEqualTo("crawl.warc.gz#1");
        assertThat(page.url()).isEqualTo("https://mfa.example/news/1");
        assertThat(page.published()).as("the capture date where the page has none").isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(page.text()).contains(SENTENCE);
        assertThat(docs.get(1).result().document().published()).as("the page's own date wins").isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(docs.get(2).result().document().url()).isEqualTo("https://mfa.example/statement.txt");
    }

    @Test
    void jsonLinesRowsKeepTheirColumnsAndBadLinesAreReportedByNumber() {
        List<InputDocument> docs = Samples.read(reader, "dump.jsonl", Samples.jsonl());

        assertThat(docs).extracting(InputDocument::entry).containsExactly("#1", "#2", "#3", "#5");
        SourceDocument first = docs.get(0).result().document();
        assertThat(first.id()).isEqualTo("dump.jsonl#1");
        assertThat(first.url()).isEqualTo("https://agency.example/1");
        assertThat(first.title()).isEqualTo("Ministers meet");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.siteName()).isEqualTo("Agency");
        assertThat(first.metadata()).isEqualTo(Map.of("lang", "en", "tags", "[\"trade\"]"));
        assertThat(docs.get(1).result().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("line 2 is not valid JSON"));
        assertThat(docs.get(2).result().problems()).containsExactly(Problem.error("no_text", "no text column (text, content, body)"));
        SourceDocument html = docs.get(3).result().document();
        assertThat(html.text()).isEqualTo(SENTENCE);
        assertThat(html.url()).isEqualTo("https://agency.example/4");
        assertThat(html.published()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(html.siteName()).isEqualTo("Other");
    }

    @Test
    void csvRowsAreDocumentsAndARowWithoutTextIsReported() {
        List<InputDocument> docs = Samples.read(reader, "dump.csv", Samples.csv());

        assertThat(docs).extracting(InputDocument::entry).containsExactly("#1", "#2", "#3");
        SourceDocument first = docs.get(0).result().document();
        assertThat(first.id()).isEqualTo("dump.csv#1");
        assertThat(first.text()).isEqualTo(SENTENCE + "\nSecond line of the same text, with a comma.");
        assertThat(first.url()).isEqualTo("https://paper.example/a1");
        assertThat(first.siteName()).isEqualTo("The Paper");
        assertThat(first.metadata()).containsExactly(Map.entry("id", "a1"), Map.entry("section", "world"));
        assertThat(docs.get(1).result().problems()).containsExactly(Problem.error("empty", "text column 'text' is empty"));
        assertThat(docs.get(2).result().document().published()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void columnsCanBeNamed() {
        InputReader custom = new InputReader(InputLimits.defaults(), InputOptions.defaults().withTextColumn("headline"));

        List<InputDocument> docs = Samples.read(custom, "dump.jsonl", Samples.jsonl());

        assertThat(docs.get(2).result().document().text()).isEqualTo("No text here");
    }

    @Test
    void pdfTextLayerIsReadWithItsTitleAndDate() {
        List<InputDocument> docs = Samples.read(reader, "statement.pdf", Samples.pdf(true));

        assertThat(docs).singleElement().satisfies(d -> {
            SourceDocument doc = d.result().document();
            assertThat(doc.text()).contains(SENTENCE);
            assertThat(doc.title()).isEqualTo("Joint statement");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 3, 9));
        });
    }

    @Test
    void pdfWithoutTextLayerIsReportedAsSuch() {
        List<InputDocument> docs = Samples.read(reader, "scan.pdf", Samples.pdf(false));

        assertThat(docs).singleElement().satisfies(d ->
                assertThat(d.result().problems()).containsExactly(Problem.error("no_text", "PDF has no text layer (scanned?), not read")));
    }

    @Test
    void archivesOfAnyFormatNestAndNameTheirEntries() {
        byte[] inner = Samples.tarGz(new Samples.Entry("feeds/mfa.xml", Samples.rss()), new Samples.Entry("crawl.warc.gz", Samples.warcGz()));
        byte[] zip = Samples.zip(new Samples.Entry("dir/a.html", Samples.utf8("<html><body><p>" + SENTENCE + "</p></body></html>")),
                new Samples.Entry("more.tar.gz", inner), new Samples.Entry("dump.jsonl.gz", Samples.gzip(Samples.jsonl())),
                new Samples.Entry("statement.pdf", Samples.pdf(true)));

        List<InputDocument> docs = Samples.read(reader, "batch.zip", zip);

        assertThat(docs).filteredOn(d -> d.result().accepted()).extracting(d -> d.result().document().id()).containsExactly(
                "batch.zip!/dir/a.html",
                "batch.zip!/more.tar.gz!/feeds/mfa.xml#1", "batch.zip!/more.tar.gz!/feeds/mfa.xml#2",
                "batch.zip!/more.tar.gz!/crawl.warc.gz#1", "batch.zip!/more.tar.gz!/crawl.warc.gz#2", "batch.zip!/more.tar.gz!/crawl.warc.gz#5",
                "batch.zip!/dump.jsonl.gz#1", "batch.zip!/dump.jsonl.gz#5",
                "batch.zip!/statement.pdf");
        assertThat(docs.get(0).source()).isEqualTo("batch.zip");
        assertThat(docs.get(1).entry()).isEqualTo("more.tar.gz!/feeds/mfa.xml#1");
        assertThat(docs.get(1).name()).isEqualTo("batch.zip!/more.tar.gz!/feeds/mfa.xml#1");
    }

    @Test
    void aContainerFileMayBeLargerThanOneDocumentButADocumentMayNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        InputReader small = new InputReader(new InputLimits(500));
        java.nio.file.Path dump = java.nio.file.Files.write(dir.resolve("dump.jsonl"),
                Samples.utf8(("{\"text\":\"" + SENTENCE + "\"}\n").repeat(20)));
        java.nio.file.Path text = java.nio.file.Files.write(dir.resolve("long.txt"), Samples.utf8(SENTENCE.repeat(20)));
        List<InputDocument> docs = new java.util.ArrayList<>();

        small.read(dump, docs::add);
        small.read(text, docs::add);

        assertThat(docs).hasSize(21);
        assertThat(docs.subList(0, 20)).allMatch(d -> d.result().accepted());
        assertThat(docs.get(20).result().problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("too_large"));
    }

    @Test
    void plainTextAndHtmlAreReadAsBefore() {
        assertThat(Samples.read(reader, "a.txt", Samples.utf8(SENTENCE))).singleElement()
                .satisfies(d -> assertThat(d.result().document()).isEqualTo(SourceDocument.of("a.txt", SENTENCE)));
    }

    @Test
    void theSinksOwnExceptionEscapes() {
        IllegalStateException stop = new IllegalStateException("stop");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read("a.jsonl", "a.jsonl",
                new java.io.ByteArrayInputStream(Samples.jsonl()), d -> {
                    throw stop;
                })).isSameAs(stop);
    }
}
