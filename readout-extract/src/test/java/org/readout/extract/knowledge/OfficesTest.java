package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OfficesTest {
    private final Offices offices = KnowledgeFixtures.offices();

    @Test
    void aStatesOwnFormWinsOverTheGeneralOne() {
        assertThat(offices.canonical("Secretary of State", "USA")).get().extracting(Office::name).isEqualTo("Foreign Minister");
        assertThat(offices.canonical("Secretary of State", "KAZ")).isEmpty();
        assertThat(offices.canonical("the Foreign Minister", "KAZ")).get().extracting(Office::level).isEqualTo(Office.Level.MINISTER);
    }

    @Test
    void aLongTitleIsReadByItsFirstPartThatIsAnOffice() {
        assertThat(offices.canonical("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", null))
                .get().extracting(Office::name).isEqualTo("Foreign Minister");
        assertThat(offices.all("Deputy Prime Minister and Foreign Minister", null)).extracting(Office::name)
                .containsExactly("Deputy Prime Minister", "Foreign Minister");
        assertThat(offices.canonical("Acting President", null)).get().extracting(Office::name).isEqualTo("President");
        assertThat(offices.canonical("Deputy Foreign Minister", null)).isEmpty();
    }

    @Test
    void aTitleReadsTheStateItNames() {
        assertThat(offices.read("the Kazakh President")).contains(
                new Offices.Reading("KAZ", new Office("President", Office.Level.HEAD_OF_STATE)));
        assertThat(offices.read("Turkiye's Foreign Minister")).get().extracting(Offices.Reading::country).isEqualTo("TUR");
        assertThat(offices.read("the EU's top diplomat")).get().extracting(r -> r.office().name()).isEqualTo("Foreign Minister");
        assertThat(offices.read("Prime Minister of Malaysia")).get().extracting(Offices.Reading::country).isEqualTo("MYS");
        assertThat(offices.read("the American Secretary of State")).get().extracting(r -> r.office().name()).isEqualTo("Foreign Minister");
        assertThat(offices.read("the Kazakh delegation")).isEmpty();
        assertThat(offices.read("President")).isEmpty();
    }

    @Test
    void anUnknownLevelNamesTheFileAndTheLine() {
        Table bad = KnowledgeFixtures.table("offices.tsv", "phrase\tcountry\toffice\tlevel", "Mayor\t\tMayor\tlocal");

        assertThatThrownBy(() -> new Offices(bad, KnowledgeFixtures.countries()))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("offices.tsv:2");
    }
}
