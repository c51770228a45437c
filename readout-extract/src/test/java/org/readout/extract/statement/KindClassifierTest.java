package org.readout.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.model.StatementKind;

class KindClassifierTest {
    private final KindClassifier kinds = new KindClassifier();

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "said       | Chile will open its market wider to farm produce from Peru.        | false | COMMITMENT",
        "said       | the Peruvian side would speed up the railway project.              | false | COMMITMENT",
        "said       | Additionally, Chile hopes to expand exports to Peru.               | false | COMMITMENT",
        "said       | the relationship will remain the cornerstone of regional peace.   | false | POSITION",
        "said       | Chile is ready to send more teachers.                              | false | COMMITMENT",
        "said       | the two sides should expand maritime cooperation.                  | false | PROPOSAL",
        "said       | Chile opposes unilateral sanctions.                                | false | OPPOSITION",
        "said       | Chile attaches great importance to its ties with Peru.             | false | POSITION",
        "congratulated | Peru on its successful elections.                              | false | SUPPORT",
        "expressed  | his deep sadness over the loss of life in the floods.              | false | SUPPORT",
        "expressed  | readiness to host the next round of talks.                         | false | COMMITMENT",
        "agreed     | to focus on the tourism circuit.                                   | false | AGREEMENT",
        "appreciated | the steady growth of trade.                                       | true  | AGREEMENT",
        "discussed  | the situation in the region.                                       | true  | OTHER",
        "-          | Discussed our cooperation in energy and health.                    | false | OTHER",
        "-          | The two sides will deepen their partnership.                       | true  | AGREEMENT",
    })
    void classifiesByVerbThenByTheReportedClause(String verb, String content, boolean byBoth, StatementKind kind) {
        assertThat(kinds.classify(verb, content, byBoth)).isEqualTo(kind);
    }
}
