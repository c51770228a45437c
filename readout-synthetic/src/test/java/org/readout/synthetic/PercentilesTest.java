package org.readout.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfUnsortedSamples() {
        Percentiles p = new Percentiles(new double[] {9, 1, 8, 2, 7, 3, 6, 4, 5, 10});

        assertThat(p.at(50)).isEqualTo(5);
        assertThat(p.at(95)).isEqualTo(10);
        assertThat(p.at(10)).isEqualTo(1);
        assertThat(p.max()).isEqualTo(10);
    }

    @Test
    void noSamplesIsAnError() {
        assertThatThrownBy(() -> new Percentiles(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
