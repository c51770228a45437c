package org.readout.extract.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RelationshipLabelFinderTest {
    private final RelationshipLabelFinder finder = new RelationshipLabelFinder();

    @Test
    void findsAFormalPartnershipName() {
        assertThat(finder.find("The two countries agreed to deepen their comprehensive strategic cooperative partnership."))
                .containsExactly("comprehensive strategic cooperative partnership");
    }

    @Test
    void findsACommunityWithASharedFuture() {
        assertThat(finder.find("They will build a community with a shared future that carries strategic significance."))
                .containsExactly("community with a shared future that carries strategic significance");
    }

    @Test
    void sameLabelTwiceIsOneLabel() {
        assertThat(finder.find("The comprehensive strategic cooperative partnership has grown. Both sides will lift "
                + "the comprehensive strategic cooperative partnership to a new level."))
                .containsExactly("comprehensive strategic cooperative partnership");
    }

    @Test
    void labelOfAnotherPairIsNotThisPairs() {
        assertThat(finder.find("Vietnam supports the ASEAN-China comprehensive strategic partnership.")).isEmpty();
    }

    @Test
    void labelOfAnotherPairDoesNotHideThePairsOwn() {
        assertThat(finder.find("The two countries upgraded ties to a comprehensive strategic partnership. "
                + "They also support the ASEAN-China comprehensive strategic partnership."))
                .containsExactly("comprehensive strategic partnership");
    }

    @Test
    void textWithoutALabelHasNone() {
        assertThat(finder.find("The ministers discussed trade, investment and tourism.")).isEmpty();
    }

    @Test
    void aCommunityOfAllMankindIsNoPairsLabel() {
        assertThat(finder.find("They will build a community with a shared future for mankind.")).isEmpty();
    }

    @Test
    void aBodyOrTreatyNamedForThePartnershipIsNoLabel() {
        assertThat(finder.find("The two leaders signed the Strategic Partnership Council agreement.")).isEmpty();
        assertThat(finder.find("Their ties rest on the Treaty on Comprehensive Partnership signed in 2001.")).isEmpty();
    }

    @Test
    void aNewPartnershipIsTheStrategicPartnership() {
        assertThat(finder.find("She said they were starting a new strategic partnership.")).containsExactly("strategic partnership");
        assertThat(finder.find("They discussed new partnerships in energy.")).isEmpty();
    }

    @Test
    void labelsAreFoundInEverySentenceButNoneAcrossAFullStop() {
        assertThat(finder.find("Talks went well. They hailed the comprehensive strategic partnership. Trade grew."))
                .containsExactly("comprehensive strategic partnership");
        assertThat(finder.find("Ties are strategic. Partnership talks went on.")).isEmpty();
    }

    @Test
    void aRelationshipFitForTheNewEraIsALabel() {
        assertThat(finder.find("China stands ready to build a constructive and stable China-Japan relationship fit for the new era."))
                .containsExactly("constructive and stable China-Japan relationship fit for the new era");
    }

    // An unbounded run of modifiers once cost a stack frame a word: 20 KB of them overflowed the stack.
    @Test
    void aLongRunOfModifiersIsReadWithoutOverflowingTheStack() {
        String text = "They agreed on a " + "comprehensive ".repeat(20_000) + "partnership.";
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> finder.find(text)))
                .containsExactly("comprehensive ".repeat(8) + "partnership");
    }
}
