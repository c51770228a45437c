package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialsTest {
    private final Officials officials = Officials.from(KnowledgeFixtures.table("officials.tsv",
            "name\tcountry\toffice\tfrom\tto\tvariants",
            "Aigerim Dosova\tKAZ\tPresident\t2001\t2019\t",
            "Daniyar Temirov\tKAZ\tPresident\t2019\t\tDaniar Temirov",
            "Daniyar Temirov\tKAZ\tForeign Minister\t2012\t2013\t",
            "Dmitry Volkonov\tRUS\tPrime Minister\t2012\t2020\tDmitri Volkonov",
            "Dmitry Volkov\tRUS\tForeign Minister\t2004\t\t",
            "Amir Hassan\tMYS\tForeign Minister\t2009\t2012\t",
            "Amir Hassan\tTUR\tPrime Minister\t2018\t2021\t",
            "Anwar Salleh\tMYS\tPrime Minister\t2022\t\t",
            "Kenji Sato\tUSA\tSecretary of State\t2013\t2017\tSato Kenji",
            "Karim Nasser\tRUS\tDeputy Prime Minister\t2015\t2020\t",
            "Karin Nasser\tRUS\tDeputy Prime Minister\t2015\t2020\t",
            "Sheikh Hasina\tMYS\tPrime Minister\t2009\t2021\t",
            "Tamim bin Hamad\tTUR\tKing\t2013\t\tTamim bin Hamad Al Thani"),
            KnowledgeFixtures.offices(), KnowledgeFixtures.titles());

    @Test
    void aVariantOnOneRowFindsAllOfThePersonsOffices() {
        assertThat(officials.lookup("Daniar Temirov")).extracting(Official::office).containsExactly("President", "Foreign Minister");
        assertThat(officials.lookup("Daniar Temirov", 2012)).extracting(Official::office).containsExactly("Foreign Minister");
        assertThat(officials.canonical("Sato Kenji", null)).contains("Kenji Sato");
    }

    @Test
    void theYearChoosesBetweenTwoPeopleOfOneName() {
        assertThat(officials.countryOf("Amir Hassan")).isEmpty();
        assertThat(officials.countryOf("Amir Hassan", 2010)).contains("MYS");
        assertThat(officials.countryOf("Amir Hassan", 2020)).contains("TUR");
        assertThat(officials.countryOf("Amir Hassan", 2024)).contains("TUR");
        assertThat(officials.countryOf("Amir Hassan", 2015)).isEmpty();
    }

    @Test
    void honorificsComeOffBeforeTheNameIsLookedUp() {
        assertThat(officials.canonical("H.E. Dr Anwar Salleh", 2023)).contains("Anwar Salleh");
        assertThat(officials.canonical("Datuk Seri Anwar Salleh", null)).contains("Anwar Salleh");
        assertThat(officials.canonical("Sheikh Hasina", null)).contains("Sheikh Hasina");
        assertThat(officials.canonical("Sheikh Tamim bin Hamad", null)).contains("Tamim bin Hamad");
    }

    @Test
    void holdersOfAnOfficeInAYear() {
        assertThat(officials.holders("KAZ", "President", 2019)).extracting(Official::name)
                .containsExactly("Aigerim Dosova", "Daniyar Temirov");
        assertThat(officials.holders("USA", "Foreign Minister", 2015)).extracting(Official::name).containsExactly("Kenji Sato");
        assertThat(officials.holders("USA", "Secretary of State", 2020)).isEmpty();
        assertThat(officials.holders("TUR", Office.Level.HEAD_OF_STATE, 2020)).extracting(Official::name)
                .containsExactly("Tamim bin Hamad");
    }

    @Test
    void aMisspeltNameIsFoundWhenTheContextAgrees() {
        assertThat(officials.closest("Dimitri Volkonof", "RUS", null, 2015)).get().extracting(Official::name)
                .isEqualTo("Dmitry Volkonov");
        assertThat(officials.closest("Dimitri Volkonof", "KAZ", null, 2015)).isEmpty();
        assertThat(officials.closest("Dimitri Volkonof", null, null, 2015)).isEmpty();
        assertThat(officials.closest("Temirof", "KAZ", null, 2020)).get().extracting(Official::name).isEqualTo("Daniyar Temirov");
        assertThat(officials.closest("Temirof", "KAZ", null, null)).isEmpty();
        assertThat(officials.closest("Dana Tamirov", "KAZ", "President", 2020)).isEmpty();
    }

    @Test
    void twoEquallyCloseCandidatesGiveNone() {
        assertThat(officials.closest("Karit Nasser", "RUS", "Deputy Prime Minister", 2016)).isEmpty();
        assertThat(officials.closest("Karim Naser", "RUS", "Deputy Prime Minister", 2016)).get()
                .extracting(Official::name).isEqualTo("Karim Nasser");
    }
}
