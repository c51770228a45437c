package org.readout.analysis.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.extract.knowledge.KnowledgeException;
import org.readout.extract.knowledge.Table;

class OfficeLevelsTest {
    private static final OfficeLevels LEVELS = OfficeLevels.bundled();

    @Test
    void headsOfStateGovernmentAndPartyAreLeaders() {
        assertThat(List.of("President", "Prime Minister", "General Secretary of the CPV Central Committee", "King",
                "State President", "Premier of the State Council"))
                .allSatisfy(role -> assertThat(LEVELS.of(role)).as(role).isEqualTo(OfficeLevel.LEADER));
    }

    @Test
    void ministersAndCabinetSecretariesAreMinisters() {
        assertThat(List.of("Foreign Minister", "Minister of Foreign Affairs", "Secretary of State", "State Councilor",
                "Minister for Foreign Affairs"))
                .allSatisfy(role -> assertThat(LEVELS.of(role)).as(role).isEqualTo(OfficeLevel.MINISTER));
    }

    @Test
    void aDeputysWordLowersALeadersOrMinistersTitle() {
        assertThat(List.of("Deputy Prime Minister", "Vice President", "Vice-Premier", "Deputy Foreign Minister",
                "Permanent Vice Minister", "Under Secretary of State"))
                .allSatisfy(role -> assertThat(LEVELS.of(role)).as(role).isEqualTo(OfficeLevel.DEPUTY));
        assertThat(LEVELS.of("Deputy Director")).isEqualTo(OfficeLevel.OFFICIAL);
    }

    @Test
    void otherTitlesAndLookAlikesAreOfficials() {
        assertThat(List.of("Ambassador", "Spokesperson", "Minister Counsellor", "Director-General", ""))
                .allSatisfy(role -> assertThat(LEVELS.of(role)).as(role).isEqualTo(OfficeLevel.OFFICIAL));
    }

    @Test
    void theHighestOfSeveralRolesCounts() {
        assertThat(LEVELS.highest(List.of("Ambassador", "Deputy Foreign Minister", "Foreign Minister")))
                .isEqualTo(OfficeLevel.MINISTER);
        assertThat(LEVELS.highest(List.of())).isEqualTo(OfficeLevel.OFFICIAL);
    }

    @Test
    void anUnknownLevelInTheTableIsAnError() {
        Table table = Table.parse("x.tsv", "phrase\tlevel\nemperor\tgod\n");
        assertThatThrownBy(() -> OfficeLevels.of(table)).isInstanceOf(KnowledgeException.class).hasMessageContaining("god");
    }
}
