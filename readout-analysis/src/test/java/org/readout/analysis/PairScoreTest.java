package org.readout.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairScoreTest {
    @Test
    void countsPairsOfDocumentsGroupedTogether() {
        PairScore score = PairScore.of(List.of(List.of("a", "b", "c"), List.of("d")),
                List.of(List.of("a", "b"), List.of("c", "d")));

        assertThat(score.predicted()).containsExactly("a + b", "a + c", "b + c");
        assertThat(score.precision()).isEqualTo(1.0 / 3);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.missedPairs()).containsExactly("c + d");
        assertThat(score.falsePairs()).containsExactly("a + c", "b + c");
    }

    @Test
    void noPairsIsPerfectPrecision() {
        assertThat(PairScore.of(List.of(List.of("a")), List.of(List.of("a", "b"))).precision()).isEqualTo(1.0);
    }
}
