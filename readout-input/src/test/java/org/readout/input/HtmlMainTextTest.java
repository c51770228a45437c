package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.readout.model.SourceDocument;

class HtmlMainTextTest {
    private final InputDecoder decoder = new InputDecoder(InputLimits.defaults());

    @Test
    void articlePageGivesHeadlineAndParagraphsOnly() {
        SourceDocument document = decodeFixture("article-page.html");

        assertThat(document.text()).isEqualTo("""
                Foreign ministers meet in Geneva

                The foreign ministers of France and Germany met in Geneva on Tuesday to discuss the situation in the region.

                Both sides described the talks as frank and constructive, according to a joint statement.

                They agreed to meet again before the end of the year.""");
        assertThat(document.text()).doesNotContain("World", "Politics", "Sport", "Related", "Trade talks", "Copyright",
                "Subscribe", "All the news", "font-family");
        assertThat(document.title()).isEqualTo("Foreign ministers meet in Geneva");
        assertThat(document.siteName()).isEqualTo("The Daily Courier");
    }

    @Test
    void findsMainTextInDivAmongLinkHeavyDivs() {
        SourceDocument document = decodeFixture("div-content-page.html");

        assertThat(document.text()).isEqualTo("""
                Press release

                Meeting with the Foreign Minister of Chile

                On 4 March the Minister received the Foreign Minister of Chile at the Ministry.

                The two ministers discussed cooperation in renewable energy and the negotiations on a free trade agreement.

                The Minister accepted an invitation to visit Santiago next year.""");
    }

    @Test
    void takesTitleFromTitleTagWithoutSiteSuffix() {
        SourceDocument document = decodeFixture("title-suffix-page.html");

        assertThat(document.title()).isEqualTo("Readout of the Secretary's call with the Foreign Minister of Kenya");
        assertThat(document.text()).startsWith("Readout of the Secretary's call with the Foreign Minister of Kenya\n\nThe Secretary spoke");
    }

    @Test
    void readsCanonicalUrlPublishedDateAndSiteName() {
        SourceDocument document = decodeFixture("meta-hints-page.html");

        assertThat(document.url()).isEqualTo("https://example.gov/news/2024/pm-japan-delegation");
        assertThat(document.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(document.siteName()).isEqualTo("Government Portal");
        assertThat(document.title()).isEqualTo("Prime Minister receives Japanese delegation");
    }

    @Test
    void fallsBackToOgUrlItempropDateAndApplicationName() {
        SourceDocument document = decodeHtml("""
                <html><head><meta property="og:url" content="https://example.org/a">
                <meta name="application-name" content="Ministry News"></head>
                <body><article><span itemprop="datePublished" content="2023-11-30">30 Nov</span>
                <p>The ministers met.</p></article></body></html>""");

        assertThat(document.url()).isEqualTo("https://example.org/a");
        assertThat(document.published()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(document.siteName()).isEqualTo("Ministry News");
    }

    @Test
    void readsPublishedDateFromTimeElement() {
        SourceDocument document = decodeHtml("""
                <html><body><article><h1>Talks</h1><time datetime="2022-07-01T10:00:00Z">1 July</time>
                <p>The ministers met.</p></article></body></html>""");

        assertThat(document.published()).isEqualTo(LocalDate.of(2022, 7, 1));
    }

    @Test
    void keepsTheHeadlineInAnArticleHeaderButDropsThePageHeader() {
        SourceDocument document = decodeHtml("""
                <html><body><header><h1>Ministry of Foreign Affairs</h1></header>
                <article><header><h1>Minister meets envoy</h1><p class="share-bar">Share on X</p></header>
                <p>The minister met the envoy.</p><footer><a href="/tags/envoy">Envoy</a></footer></article></body></html>""");

        assertThat(document.text()).isEqualTo("Minister meets envoy\n\nThe minister met the envoy.\n\nEnvoy");
    }

    @Test
    void leavesOutScriptText() {
        SourceDocument document = decodeFixture("script-in-body.html");

        assertThat(document.text()).isEqualTo("The President met the King of Jordan on Monday.\n\nThey discussed the situation in the region.");
    }

    @Test
    void keepsLineBreaksWithinAParagraph() {
        SourceDocument document = decodeHtml("<html><body><p>Joint statement<br>Paris, 4 March</p><p>The two leaders met.</p></body></html>");

        assertThat(document.text()).isEqualTo("Joint statement\nParis, 4 March\n\nThe two leaders met.");
    }

    @Test
    void plainTextKeepsItsTextAndHasNoHints() {
        DecodeResult result = decoder.decode("a.txt", "Title: Talks\n\nThe ministers met.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(result.document()).isEqualTo(SourceDocument.of("a.txt", "Title: Talks\n\nThe ministers met.\n"));
    }

    private SourceDocument decodeFixture(String name) {
        DecodeResult result = decoder.decode(name, Fixtures.bytes("html/" + name));
        assertThat(result.problems()).isEmpty();
        return result.document();
    }

    private SourceDocument decodeHtml(String html) {
        return decoder.decode("page.html", html.getBytes(StandardCharsets.UTF_8)).document();
    }
}
