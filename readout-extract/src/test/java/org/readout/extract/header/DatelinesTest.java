package org.readout.extract.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.extract.knowledge.KnowledgeLoader;

class DatelinesTest {
    private static Datelines datelines;

    @BeforeAll
    static void loadKnowledge() {
        datelines = new Datelines(KnowledgeLoader.load(null));
    }

    private static Optional<Dateline> find(String text) {
        List<String> lines = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line);
                offsets.add(at);
            }
            at += line.length() + 1;
        }
        return datelines.find(lines, offsets, LocalDate.of(2024, 4, 6), 2024);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VIENTIANE, April 5 (Xinhua) -- The Lao prime minister met the visiting Thai delegation. | Vientiane | LAO | Xinhua",
            "Tampere [Finland], May 5 : The foreign ministers of Finland and Estonia met on Friday. | Tampere | FIN | ",
            "ALMATY. KAZINFORM – The president received the visiting Uzbek foreign minister today. | Almaty | KAZ | KAZINFORM",
            "New Delhi/UNI: The prime ministers of India and Nepal met at Hyderabad House on Tuesday. | New Delhi | IND | UNI",
            "HAVANA, Cuba.- The Cuban president received the visiting Russian delegation on Friday. | Havana | CUB | ",
            "MOSCOW, October 30. /TASS/. The Russian foreign minister spoke with his Egyptian counterpart. | Moscow | RUS | TASS",
            "Tokyo, Dec. 1 (Jiji Press)--The Japanese emperor met the visiting Mongolian president on Thursday. | Tokyo | JPN | Jiji Press",
            "BERLIN Chancellor Olaf Scholz said on Monday that he would travel to Paris next week. | Berlin | DEU | ",
            "A view of the talks. VNA/VNS Photo Minh HÀ NỘI — Vietnam's foreign minister met his Lao counterpart. | Hanoi | VNM | ",
    })
    void readsTheFormsOutletsWriteDatelinesIn(String line, String city, String country, String agency) {
        Dateline d = find(line).orElseThrow();

        assertThat(d.city().name()).isEqualTo(city);
        assertThat(d.country()).isEqualTo(country);
        assertThat(d.outletText()).isEqualTo(agency);
        assertThat(line.substring(d.span().end()).strip()).matches("(?s)\\p{Lu}.*");
    }

    @Test
    void datelineDateTakesTheYearOfThePublicationDate() {
        assertThat(find("VIENTIANE, April 5 (Xinhua) -- The Lao prime minister met the Thai delegation on Friday.")
                .orElseThrow().date()).isEqualTo(LocalDate.of(2024, 4, 5));
    }

    @Test
    void agencyAndPlaceOnALineOfTheirOwnOpenTheStoryBelow() {
        Dateline d = find("Lao, Thai ministers meet\n\nAFP, Vientiane\nThe ministers met on Tuesday for the first time.").orElseThrow();

        assertThat(d.city().name()).isEqualTo("Vientiane");
        assertThat(d.outletText()).isEqualTo("AFP");
    }

    @Test
    void datelineThatOpensTheStoryWinsOverATagLine() {
        Dateline d = find("LAOS, April 15\n\nVIENTIANE — The Lao foreign minister held talks with his Thai counterpart.").orElseThrow();

        assertThat(d.city().name()).isEqualTo("Vientiane");
    }

    @Test
    void aSentenceOpeningWithAPlaceAndCommaIsNoDateline() {
        assertThat(find("WASHINGTON, Secretary Blinken met his counterpart on Friday and discussed trade.")).isEmpty();
        assertThat(find("Лавров: переговоры прошли успешно и продлились около четырёх часов.")).isEmpty();
    }

    // The spaces after a place-like word were split every way between the two runs around the agency's comma:
    // "By" and 20 KB of spaces took 4 s.
    @Test
    void aLongRunOfSpacesAfterAPlaceIsReadOnce() {
        for (String text : List.of("By" + " ".repeat(100_000) + "x", "Hanoi" + " ".repeat(100_000) + ", x")) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> find(text))).isEmpty();
        }
    }
}
