package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountriesTest {
    @Test
    void aSeatOfGovernmentStandsForItsStateOnlyAsAMetonym() {
        Countries countries = KnowledgeFixtures.countries();

        assertThat(countries.byMetonym("the Kremlin")).get().extracting(Country::alpha3).isEqualTo("RUS");
        assertThat(countries.byMetonym("Washington")).get().extracting(Country::alpha3).isEqualTo("USA");
        assertThat(countries.byName("Washington")).isEmpty();
        assertThat(countries.byMetonym("Moscow")).isEmpty();
    }

    @Test
    void aMetonymOfAnUnknownStateNamesTheFileAndTheLine() {
        Table countries = KnowledgeFixtures.table("countries.tsv", "alpha3\talpha2\tname\taliases\tadjectives\tcapital",
                "RUS\tRU\tRussia\t\tRussian\tMoscow");
        Table metonyms = KnowledgeFixtures.table("metonyms.tsv", "place\tcountry", "Zhongnanhai\tCHN");

        assertThatThrownBy(() -> Countries.from(countries, metonyms))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("metonyms.tsv:2");
    }
}
