package org.readout.extract.perspective;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;

class CitedSourcesTest {
    private static CitedSources sources;

    @BeforeAll
    static void loadKnowledge() {
        Knowledge knowledge = KnowledgeLoader.load(null);
        sources = new CitedSources(knowledge, new CountryForms(knowledge));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The two leaders spoke on Sunday, the Russian presidency said in a statement. | RUS",
            "According to Seoul's foreign ministry, the ministers met for breakfast. | KOR",
            "The Foreign Ministry in Tokyo, which announced the agreement, said the talks were useful. | JPN",
            "Spain's Ministry of Foreign Affairs on Friday described the visit as fruitful, a statement said. | ESP",
            "The two ministers discussed Ukraine, according to the State Department. | USA",
            "The call lasted an hour, the Kremlin said. | RUS",
    })
    void findsTheGovernmentACitationNames(String text, String country) {
        assertThat(sources.find(text)).first().extracting(CitedSources.Source::country).isEqualTo(country);
    }

    @Test
    void aSourceTheTextDoesNotTieToAStateHasNone() {
        assertThat(sources.find("The president arrived in Tashkent on Monday, the presidential press service reported."))
                .singleElement().extracting(CitedSources.Source::country).isNull();
    }

    @Test
    void governmentsNamedOutsideACitationAreNoSource() {
        assertThat(sources.find("The Russian presidency has changed hands twice since 2000.")).isEmpty();
    }

    @Test
    void longTextsAreReadInLinearTime() {
        String text = ("The Lao presidency said the talks were useful. " + "A".repeat(200) + " ").repeat(2_000);
        long start = System.nanoTime();
        assertThat(sources.find(text)).hasSize(2_000);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
}
