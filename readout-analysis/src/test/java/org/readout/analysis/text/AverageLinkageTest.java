package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {
    private static final double[][] SIMILARITY = {
            {0, .9, .5, 0},
            {.9, 0, .1, 0},
            {.5, .1, 0, 0},
            {0, 0, 0, 0}};

    @Test
    void joinsWhileTheAverageSimilarityReachesTheThreshold() {
        // {0,1} to 2 averages (.5 + .1) / 2 = .3
        assertThat(AverageLinkage.cluster(SIMILARITY, .4)).containsExactly(List.of(0, 1), List.of(2), List.of(3));
        assertThat(AverageLinkage.cluster(SIMILARITY, .3)).containsExactly(List.of(0, 1, 2), List.of(3));
        assertThat(AverageLinkage.cluster(SIMILARITY, .95)).hasSize(4);
    }

    @Test
    void handlesNoItemAndOne() {
        assertThat(AverageLinkage.cluster(new double[0][0], .5)).isEmpty();
        assertThat(AverageLinkage.cluster(new double[][] {{0}}, .5)).containsExactly(List.of(0));
    }

    @Test
    void aChainOfNeighboursDoesNotJoinItsEnds() {
        double[][] chain = {
                {0, .6, 0, 0},
                {.6, 0, .6, 0},
                {0, .6, 0, .6},
                {0, 0, .6, 0}};

        assertThat(AverageLinkage.cluster(chain, .5)).containsExactly(List.of(0, 1), List.of(2, 3));
    }
}
