package org.readout.extract.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.Span;

class ZonerTest {
    private final Zoner zoner = new Zoner();

    private static String kindOf(Zones zones, String text, String part) {
        int at = text.indexOf(part);
        return zones.zones().stream().filter(z -> z.span().start() <= at && at < z.span().end())
                .map(z -> z.kind().name()).findFirst().orElse("NONE");
    }

    private static String story(Zones zones, String text) {
        return zones.blankExcept(text, EnumSet.of(ZoneKind.STORY)).replaceAll("\\s+", " ").strip();
    }

    @Test
    void pageFurnitureBeforeTheStoryIsNotStory() {
        String text = """
                Home
                World
                Ministers of Laos and Thailand review border trade
                Updated: 12-03-2024 10:15 GMT
                The two ministers shake hands in Vientiane. (Photo: LPA)
                Laotian Foreign Minister Sone Phimmasone met his Thai counterpart in Vientiane on Monday.
                The two sides agreed to reopen two border crossings before the rainy season.
                """;
        Zones zones = zoner.zone(text, null, null);

        assertThat(kindOf(zones, text, "World")).isEqualTo("BOILERPLATE");
        assertThat(kindOf(zones, text, "Ministers of Laos")).isEqualTo("TITLE");
        assertThat(kindOf(zones, text, "Updated:")).isEqualTo("DATE_LINE");
        assertThat(kindOf(zones, text, "The two ministers shake")).isEqualTo("CAPTION");
        assertThat(story(zones, text)).isEqualTo("Laotian Foreign Minister Sone Phimmasone met his Thai counterpart in "
                + "Vientiane on Monday. The two sides agreed to reopen two border crossings before the rainy season.");
    }

    @Test
    void captionBeforeTheDatelineOnTheSameLineIsNotGluedToTheStory() {
        String text = "Two ministers at the talks. LPA/VNS Photo Somchai VIENTIANE — Laotian Foreign Minister "
                + "Sone Phimmasone met his Thai counterpart on Monday to discuss border trade.\n";
        int at = text.indexOf("VIENTIANE");
        Zones zones = zoner.zone(text, null, new Span(at, at + "VIENTIANE —".length()));

        assertThat(kindOf(zones, text, "Two ministers")).isEqualTo("CAPTION");
        assertThat(kindOf(zones, text, "VIENTIANE")).isEqualTo("DATELINE");
        assertThat(story(zones, text)).startsWith("Laotian Foreign Minister");
    }

    @Test
    void endCreditsAndWhatFollowsThemAreNotStory() {
        String text = """
                Laotian Foreign Minister Sone Phimmasone met his Thai counterpart in Vientiane on Monday.
                The two sides also exchanged views on regional issues. — LPA
                Related
                Tell Us What You Think
                If you enjoyed this story, please support us and share it with your friends.
                Source: Lao Press Agency
                """;
        Zones zones = zoner.zone(text, null, null);

        assertThat(kindOf(zones, text, "— LPA")).isEqualTo("END_CREDIT");
        assertThat(kindOf(zones, text, "Source:")).isEqualTo("END_CREDIT");
        assertThat(story(zones, text)).isEqualTo("Laotian Foreign Minister Sone Phimmasone met his Thai counterpart "
                + "in Vientiane on Monday. The two sides also exchanged views on regional issues.");
    }

    @Test
    void aDateLineUnderTheStoryStampsThePageAndIsNoDateLine() {
        String text = """
                12 March 2024
                Laotian Foreign Minister Sone Phimmasone met his Thai counterpart in Vientiane on Monday.
                The two sides also exchanged views on regional issues.
                KPL: 15 March 2024
                """;
        Zones zones = zoner.zone(text, null, null);

        assertThat(kindOf(zones, text, "12 March")).isEqualTo("DATE_LINE");
        assertThat(kindOf(zones, text, "KPL:")).isEqualTo("END_CREDIT");
    }

    @Test
    void bylineThatPrefixesASingleLineStoryIsCutOffIt() {
        String text = "News Talks in Vientiane Facebook Twitter Email Share By J. Writer | March 12, 2024 In a meeting "
                + "on Monday, the two ministers agreed to reopen two border crossings before the rainy season.";
        Zones zones = zoner.zone(text, null, null);

        assertThat(kindOf(zones, text, "Facebook")).isEqualTo("BYLINE");
        assertThat(story(zones, text)).startsWith("In a meeting on Monday");
    }

    @Test
    void standfirstThatTheStoryRepeatsIsNotWhereTheStoryStarts() {
        String text = """
                The minister also said that the crossings would reopen before the rainy season.

                Vientiane: Laos and Thailand agreed on Monday to reopen two border crossings, the Lao foreign ministry said.
                The minister also said that the crossings would reopen before the rainy season.
                """;
        Zones zones = zoner.zone(text, null, null);

        assertThat(zones.of(ZoneKind.STORY)).hasSize(2);
        assertThat(zones.of(ZoneKind.STORY).get(0).text(text)).startsWith("Vientiane: Laos and Thailand");
    }

    @Test
    void hardWrappedLinesAreOneParagraphOfStory() {
        String text = """
                Laotian Foreign Minister Sone Phimmasone will meet his Thai
                counterpart in Vientiane on Monday to discuss the reopening of
                two border crossings and the trade in farm goods that was cut
                last year, officials said.
                """;
        Zones zones = zoner.zone(text, null, null);

        assertThat(zones.of(ZoneKind.STORY)).hasSize(1);
        assertThat(zones.of(ZoneKind.STORY).get(0).text(text)).endsWith("officials said.");
    }

    @Test
    void transcriptOpensWithItsFirstSpeakerAndKeepsItsSpeech() {
        String text = """
                Official website of the Lao Government
                Press remarks after the talks
                Foreign Minister Sone Phimmasone: Minister,
                I am glad to welcome you to Vientiane, where we have discussed the reopening of the crossings.
                """;
        Zones zones = zoner.zone(text, null, null);

        assertThat(kindOf(zones, text, "Foreign Minister Sone")).isEqualTo("STORY");
        assertThat(kindOf(zones, text, "I am glad")).isEqualTo("STORY");
    }

    @Test
    void embeddedPostAndItsSignatureStayInTheStory() {
        String text = """
                The minister wrote on social media after the meeting with his Thai counterpart in Vientiane.
                Good talks with my friend on border trade. pic.twitter.com/abc123 — Sone Phimmasone (@SonePh) March 11, 2024
                The two sides agreed to meet again next year.
                """;
        Zones zones = zoner.zone(text, null, null);

        assertThat(kindOf(zones, text, "Good talks")).isEqualTo("STORY");
    }

    @Test
    void blankingKeepsOffsetsAndLineBreaks() {
        String text = "Menu\nHome\nLaotian Foreign Minister Sone Phimmasone met his Thai counterpart on Monday.\n";
        Zones zones = zoner.zone(text, null, null);
        String blanked = zones.blankExcept(text, EnumSet.of(ZoneKind.STORY));

        assertThat(blanked).hasSameSizeAs(text);
        assertThat(blanked.indexOf("Laotian")).isEqualTo(text.indexOf("Laotian"));
        assertThat(blanked.chars().filter(c -> c == '\n').count()).isEqualTo(3);
    }

    @Test
    void textWithoutRunningTextIsLeftWhole() {
        String text = "Home\nWorld\nContact us\n";
        Zones zones = zoner.zone(text, null, null);

        assertThat(zones.blankExcept(text, EnumSet.of(ZoneKind.STORY))).isEqualTo(text);
    }

    @Test
    void longHostileLinesAreZonedInLinearTime() {
        String dots = "x.".repeat(50_000);
        String digits = "1".repeat(100_000);
        String pipes = "A | ".repeat(20_000);
        // lines that run on into one paragraph were joined anew at every line: 80 KB of them took 22 s
        String wrapped = "aa\n".repeat(100_000);
        for (String text : List.of(dots, digits, pipes, dots + "\n" + digits + "\n" + pipes, wrapped)) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> zoner.zone(text, null, null))).isNotNull();
        }
    }

    // An address was tried at every character of a long word, and a byline's two runs of spaces split them every way.
    @Test
    void longWordsAndRunsOfSpacesAreReadOnce() {
        for (String text : List.of("Thank you, we will see " + "a".repeat(100_000), "By" + " ".repeat(100_000) + "x",
                "Aa bb " + "a@".repeat(50_000) + " cc")) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> zoner.zone(text, null, null))).isNotNull();
        }
    }

    @Test
    void addressesAndBylinesAreStillFound() {
        String text = "By:  Eric Nana Yaw Kwafo\nGhana and Togo agree to reopen the border\nFollow us: www.example.org\n"
                + "Write to desk@example.org\nGhanaian Foreign Minister Ama Owusu met her Togolese counterpart in Accra on Monday.\n";
        Zones zones = zoner.zone(text, null, null);

        assertThat(kindOf(zones, text, "By:")).isEqualTo("BYLINE");
        assertThat(kindOf(zones, text, "Follow us")).isEqualTo("BOILERPLATE");
        assertThat(kindOf(zones, text, "Write to")).isEqualTo("BOILERPLATE");
    }

    // "us" inside "discussed" or "focus" is no first person: only whole words address the reader.
    @Test
    void anAddressIsMadeOfWholeWords() {
        String text = "Ghana and Togo agree to reopen the border\nThe ministers discussed focus areas listed at www.example.org"
                + " and said the talks went well.\nGhanaian Foreign Minister Ama Owusu met her Togolese counterpart in Accra.\n";
        Zones zones = zoner.zone(text, null, null);

        assertThat(kindOf(zones, text, "The ministers")).isEqualTo("STORY");
    }

    // Found by Jazzer: the dateline took the line's last space, past the stripped block, and the story's first block
    // was cut from after its end.
    @Test
    void aDatelineEndingInTheSpaceBeforeALineBreakLeavesTheStoryBelow() {
        String text = "HANOI, March \nThe minister met his counterpart in Hanoi on Tuesday and they talked for hours.\n";
        Zones zones = zoner.zone(text, null, new Span(0, 13));

        assertThat(kindOf(zones, text, "HANOI")).isEqualTo("DATELINE");
        assertThat(story(zones, text)).startsWith("The minister met");
    }
}
