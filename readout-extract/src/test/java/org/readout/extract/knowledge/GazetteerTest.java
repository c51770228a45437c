package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.from(KnowledgeFixtures.table("cities.tsv",
            "name\tcountry\tpopulation\tadmin",
            "Cartagena\tCOL\t950000\tPPLA",
            "Cartagena\tESP\t210000\tPPLA3",
            "Genève\tCHE\t180000\tPPLA",
            "Geneva\tUSA\t20000\tPPLA2"),
            KnowledgeFixtures.table("city-aliases.tsv", "alias\tname\tcountry", "Geneva\tGenève\tCHE"));

    @Test
    void anAliasJoinsACityOfTheSameNameElsewhere() {
        assertThat(gazetteer.lookup("Geneva")).extracting(City::country).containsExactly("CHE", "USA");
    }

    @Test
    void aStateChoosesAmongCitiesOfOneName() {
        assertThat(gazetteer.lookup("Cartagena").get(0).country()).isEqualTo("COL");
        assertThat(gazetteer.lookup("Cartagena", "ESP")).get().extracting(City::population).isEqualTo(210000L);
        assertThat(gazetteer.lookup("Cartagena", "FRA")).isEmpty();
    }
}
