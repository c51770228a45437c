package org.readout.extract.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.model.SourceDocument;

class HeaderReaderTest {
    private static HeaderReader reader;

    @BeforeAll
    static void loadKnowledge() {
        reader = new HeaderReader(KnowledgeLoader.load(null));
    }

    private static DocumentHeader read(String text) {
        return reader.read(SourceDocument.of("doc.txt", text));
    }

    @Test
    void scraperFirstLineGivesPublicationDateAndTitle() {
        DocumentHeader h = read(" date 2024-04-06 Lao and Thai foreign ministers hold talks on border trade\n\n"
                + "The two ministers met in Vientiane on Friday to discuss trade across the Mekong.\n");

        assertThat(h.published()).isEqualTo(LocalDate.of(2024, 4, 6));
        assertThat(h.title()).isEqualTo("Lao and Thai foreign ministers hold talks on border trade");
    }

    @Test
    void agencyDatelineGivesOutletAndCity() {
        DocumentHeader h = read("HANOI, May 3 (VNA) -- Deputy Prime Minister Tran Luu Quang received the visiting "
                + "Lao Minister of Planning in Hanoi on Friday.\n");

        assertThat(h.outlet()).isNotNull();
        assertThat(h.outletName()).isEqualTo("Vietnam News Agency");
        assertThat(h.dateline()).isNotNull();
        assertThat(h.dateline().city()).isNotNull();
        assertThat(h.dateline().city().name()).isEqualTo("Hanoi");
        assertThat(h.dateline().country()).isEqualTo("VNM");
    }

    @Test
    void datelineDateTakesTheYearOfThePublicationDate() {
        DocumentHeader h = read(" date 2024-05-04 Vietnam and Laos review cooperation plans\n\n"
                + "HANOI, May 3 (VNA) -- Deputy Prime Minister Tran Luu Quang received a Lao delegation on Friday.\n");

        assertThat(h.dateline().date()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(h.anchor()).isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @Test
    void sourceLineGivesOutletAndUrl() {
        String url = "https://nhandan.vn/deputy-foreign-minister-receives-lao-delegation-post123456.html";
        DocumentHeader h = read("Deputy Foreign Minister Do Hung Viet received a Lao delegation on Tuesday.\n"
                + "The two sides discussed preparations for the annual consultations.\n"
                + "Source: " + url + "\n");

        assertThat(h.outletName()).isEqualTo("Nhan Dan");
        assertThat(h.url()).isEqualTo(url);
    }

    @Test
    void textWithoutPublisherHintsHasNoOutlet() {
        DocumentHeader h = read("The two ministers met on Friday and discussed trade and investment.\n");

        assertThat(h.outlet()).isNull();
        assertThat(h.outletName()).isNull();
        assertThat(h.url()).isNull();
        assertThat(h.published()).isNull();
    }

    @Test
    void firstSentenceOfTheStoryIsNotATitle() {
        DocumentHeader h = read("Vietnamese Foreign Minister Bui Thanh Son held talks with his Lao counterpart in "
                + "Vientiane on Monday, focusing on trade, transport links and border management.\n\n"
                + "The two ministers agreed to meet again next year.\n");

        assertThat(h.title()).isNull();
    }

    @Test
    void shareButtonsAreNotATitle() {
        DocumentHeader h = read("Share Tweet Email Print\n"
                + "Vietnam and Laos pledge closer border cooperation\n\n"
                + "The two foreign ministers met in Vientiane on Monday and discussed border management.\n");

        assertThat(h.title()).isEqualTo("Vietnam and Laos pledge closer border cooperation");
    }

    @Test
    void containerHintsWinOverTheText() {
        SourceDocument doc = new SourceDocument("page.html", " date 2024-04-06 A headline from the scraper line\n\nBody text.\n",
                "The page's own title", "https://example.org/a", LocalDate.of(2024, 4, 7), null);

        DocumentHeader h = reader.read(doc);

        assertThat(h.title()).isEqualTo("The page's own title");
        assertThat(h.published()).isEqualTo(LocalDate.of(2024, 4, 7));
        assertThat(h.url()).isEqualTo("https://example.org/a");
    }

    @Test
    void hostileTextsAreReadInTimeLinearInTheirLength() {
        List<String> texts = List.of("x.".repeat(2_000), "1".repeat(100_000), "\n".repeat(100_000),
                "a".repeat(100_000), "A".repeat(100_000), "Aa ".repeat(30_000) + "reports",
                ("Source: " + "x.".repeat(5_000) + "\n").repeat(20), ("A - B | " + "C ".repeat(5_000) + "\n").repeat(20));
        for (String text : texts) {
            DocumentHeader h = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(text));
            assertThat(h.outlet()).isNull();
            assertThat(h.published()).isNull();
        }
    }

    @Test
    void dateWidgetOverTheStoryGivesThePublicationDate() {
        DocumentHeader h = read("Lao minister arrives in Bangkok for talks\n\nPOLITICS 09:12 / 14.03.2024 2201\n\n"
                + "Laotian Foreign Minister Sone Phimmasone arrived in Bangkok on Thursday for talks on border trade.\n");

        assertThat(h.published()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void bylineAfterTheStandfirstGivesThePublicationDate() {
        DocumentHeader h = read("Laos and Thailand to reopen crossings\n\n"
                + "The two neighbours agreed to reopen two border crossings, the ministers said.\n\n"
                + "Anna Writer | Ben Writer | March 14, 2024, 10:16 PM\n\n"
                + "Laotian Foreign Minister Sone Phimmasone met his Thai counterpart in Bangkok on Thursday.\n");

        assertThat(h.published()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void pagesClockCaptionsAndQuotedPostsDoNotDateThePage() {
        DocumentHeader h = read("Friday, April 19, 2024\n\nLaos and Thailand to reopen crossings\n\n"
                + "The ministers in Bangkok, May 2, 2019. (Photo: LPA)\n\n"
                + "Laotian Foreign Minister Sone Phimmasone met his Thai counterpart in Bangkok on Thursday.\n\n"
                + "Good talks on border trade. — Sone Phimmasone (@SonePh) March 14, 2024\n");

        assertThat(h.published()).isNull();
    }

    @Test
    void dateThatClosesTheHeadlineOrAnEndCreditDatesThePage() {
        assertThat(read("Foreign Minister Sone Phimmasone Holds Talks with Thai Counterpart, March 14, 2024\n\n"
                + "On March 13, 2024, Foreign Minister Sone Phimmasone held talks with his Thai counterpart.\n").published())
                .isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(read("Laotian Foreign Minister Sone Phimmasone met his Thai counterpart in Bangkok on Thursday.\n\n"
                + "LPA: 15 March 2024\n").published()).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void endCreditNamesTheOutlet() {
        DocumentHeader h = read("PUTRAJAYA: The prime minister received the visiting Lao foreign minister today.\n\n"
                + "The two sides discussed trade and connectivity. — Bernama\n");

        assertThat(h.outletName()).isEqualTo("Bernama");
        assertThat(h.outlet().country()).isEqualTo("MYS");
    }

    @Test
    void outletNamedByItsAcronymInTheDatelineIsKnown() {
        assertThat(read("Colombo, Mar 29 (PTI) External Affairs Minister S Jaishankar met his Sri Lankan counterpart.\n")
                .outletName()).isEqualTo("Press Trust of India");
    }

    @Test
    void bylineAndSelfReportNameTheOutletButQuotedSourcesAndPhotoCreditsDoNot() {
        assertThat(read("Ministers meet in Vientiane\n\nANI | Updated: 12-03-2024 10:15 IST\n\n"
                + "The foreign ministers of India and Laos met in Vientiane on Tuesday, Kyodo News reported.\n").outletName())
                .isEqualTo("Asian News International");
        assertThat(read("The foreign ministers of Ukraine and Laos spoke by phone on Tuesday, Ukrinform reports.\n")
                .outletName()).isEqualTo("Ukrinform");
        assertThat(read("The ministers before the talks. (Photo: Reuters)\n\n"
                + "The foreign ministers of India and Laos met in Vientiane on Tuesday, Kyodo News reported.\n").outlet())
                .isNull();
    }

    @Test
    void creditOfAnUnlistedOutletIsKeptAsWrittenButASectionNameIsNoOutlet() {
        assertThat(read("The foreign ministers of Laos and Chad met in Vientiane on Tuesday.\n\n(ZUBRAPRESS)\n")
                .outletName()).isEqualTo("ZUBRAPRESS");
        assertThat(read("The foreign ministers of Laos and Chad met in Vientiane on Tuesday.\n\n- Foreign Meetings\n")
                .outletName()).isNull();
    }
}
