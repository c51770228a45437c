package org.readout.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.model.StatementKind;

class KindClassifierTest {
    private static KindClassifier kinds;

    @BeforeAll
    static void load() {
        kinds = new KindClassifier(KnowledgeLoader.load(null).kindCues());
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "say        | Chile will open its market wider to farm produce from Peru.        | false | COMMITMENT",
        "say        | the Peruvian side would speed up the railway project.              | false | COMMITMENT",
        "say        | Additionally, Chile hopes to expand exports to Peru.               | false | COMMITMENT",
        "say        | the relationship will remain the cornerstone of regional peace.   | false | POSITION",
        "say        | Chile is ready to send more teachers.                              | false | COMMITMENT",
        "say        | the two sides should expand maritime cooperation.                  | false | PROPOSAL",
        "say        | Chile opposes unilateral sanctions.                                | false | OPPOSITION",
        "say        | Chile attaches great importance to its ties with Peru.             | false | POSITION",
        "congratulate | Peru on its successful elections.                              | false | SUPPORT",
        "express    | his deep sadness over the loss of life in the floods.              | false | SUPPORT",
        "express    | readiness to host the next round of talks.                         | false | COMMITMENT",
        "agree      | to focus on the tourism circuit.                                   | true  | AGREEMENT",
        "appreciate | the steady growth of trade.                                        | true  | AGREEMENT",
        "discuss    | the situation in the region.                                       | true  | OTHER",
        "-          | Discussed our cooperation in energy and health.                    | false | OTHER",
        "-          | The two sides will deepen their partnership.                       | true  | AGREEMENT",
    })
    void classifiesByVerbThenByTheReportedClause(String verb, String clause, boolean byBoth, StatementKind kind) {
        assertThat(kinds.classify(clause, verb, clause, byBoth)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the first predicate of the reported clause decides, not the first cue anywhere in it
        "Chile firmly adheres to the treaty, supports the court's ruling and opposes any use of force. | POSITION",
        "Chile regards Peru as a priority partner, and stands ready to deepen trade with it.          | COMMITMENT",
        "Chile supports Peru's bid to host the games, and is ready to share its experience.           | SUPPORT",
        // an opening adverbial is not the main clause
        "On the river issue, Chile hopes that the two sides will settle their differences by talks.   | PROPOSAL",
        "Calling for calm, Chile said it is necessary to be vigilant against bloc confrontation.     | OPPOSITION",
        "Chile will continue to support Peru's candidacy at the United Nations.                       | SUPPORT",
        "Chile will continue to send experts to Peru.                                                 | COMMITMENT",
        "The Government of Chile is interested in building a port in Peru.                            | COMMITMENT",
        "I must say that the talks were frank.                                                        | POSITION",
        "We will discuss the matter again next month.                                                 | COMMITMENT",
        // a post's clause without its subject; a second main clause with its own subject
        "Also discussed the floods with Minister Rojas.                                              | OTHER",
        "Peru is a close partner, and Chile welcomes its bid to host the games.                       | SUPPORT",
    })
    void readsTheMainClause(String sentence, StatementKind kind) {
        assertThat(kinds.classify(sentence, null, sentence, false)).isEqualTo(kind);
    }

    @Test
    void aVerbThatSaysWhatWasDoneOutranksItsClause() {
        String s = "Minister Rojas thanked Peru for its help and said Chile will send more aid.";
        assertThat(kinds.classify(s, "thank", "Peru for its help and said Chile will send more aid.", false))
                .isEqualTo(StatementKind.SUPPORT);
    }

    @Test
    void talkingAboutSomethingThenAgreeingIsAnAgreement() {
        String clause = "the floods and agreed to set up a joint fund.";
        assertThat(kinds.classify("The two ministers discussed " + clause, "discuss", clause, true))
                .isEqualTo(StatementKind.AGREEMENT);
        assertThat(kinds.classify("The two ministers discussed the floods.", "discuss", "the floods.", true))
                .isEqualTo(StatementKind.OTHER);
    }

    @Test
    void aStanceThatPraisesSupportsButPraiseDoesNotOutrankAPromise() {
        assertThat(kinds.classify("Mr. Rojas said Peru is leading by example on trade.", "say", "Peru is leading by example on trade.",
                false)).isEqualTo(StatementKind.SUPPORT);
        assertThat(kinds.classify("He is one of the most respected leaders.", null, null, false)).isEqualTo(StatementKind.SUPPORT);
        assertThat(kinds.classify("Chile will play an important role in the fund.", null, null, false))
                .isEqualTo(StatementKind.COMMITMENT);
        assertThat(kinds.classify("Peru is one of the largest economies of the region.", null, null, false))
                .isEqualTo(StatementKind.POSITION);
    }

    @Test
    void aClauseAfterAClosingVerbIsReadFromTheSentence() {
        String s = "\"Chile is committed to a free trade deal with Peru,\" Rojas said after the meeting.";
        assertThat(kinds.classify(s, "say", " after the meeting.", false)).isEqualTo(StatementKind.COMMITMENT);
    }

    @Test
    void whatBothSidesStressTogetherIsAnAgreement() {
        String clause = "the need to reopen the border crossing.";
        assertThat(kinds.classify("Both sides stressed " + clause, "stress", clause, true)).isEqualTo(StatementKind.AGREEMENT);
        assertThat(kinds.classify("Rojas stressed " + clause, "stress", clause, false)).isEqualTo(StatementKind.PROPOSAL);
    }

    @Test
    void theOldSignatureReadsTheContentAsTheSentence() {
        assertThat(kinds.classify("called on", "both sides to show restraint.", false)).isEqualTo(StatementKind.PROPOSAL);
    }
}
