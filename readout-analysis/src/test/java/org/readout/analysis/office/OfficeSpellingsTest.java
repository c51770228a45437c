package org.readout.analysis.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeSpellingsTest {
    private static final OfficeSpellings SPELLINGS = OfficeSpellings.bundled();

    @Test
    void britishAndAmericanSpellingsOfATitleAreOneOffice() {
        assertThat(SPELLINGS.key("State Councillor")).isEqualTo(SPELLINGS.key("State Councilor"));
        assertThat(SPELLINGS.key("State Councillor and Foreign Minister"))
                .isEqualTo(SPELLINGS.key("state councilor and foreign minister"));
        assertThat(SPELLINGS.key("Minister of National Defence")).isEqualTo(SPELLINGS.key("Minister of National Defense"));
    }

    @Test
    void wordingsOfOneTitleAreOneOffice() {
        assertThat(SPELLINGS.key("Minister of Foreign Affairs")).isEqualTo(SPELLINGS.key("Foreign Minister"));
    }

    @Test
    void differentOfficesStayApart() {
        assertThat(SPELLINGS.key("State Councilor")).isNotEqualTo(SPELLINGS.key("Foreign Minister"));
        assertThat(SPELLINGS.key("Councillor")).isNotEqualTo(SPELLINGS.key("Counsellor"));
    }
}
