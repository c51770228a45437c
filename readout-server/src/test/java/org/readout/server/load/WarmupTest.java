package org.readout.server.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupTest {
    @Test
    void throughputIsSteadyOnceTwoRoundsInARowAreNoMoreThanFivePercentFaster() {
        assertThat(Warmup.steady(List.of())).isFalse();
        assertThat(Warmup.steady(List.of(300.0, 400.0))).isFalse();
        assertThat(Warmup.steady(List.of(300.0, 400.0, 419.0))).isFalse();
        assertThat(Warmup.steady(List.of(300.0, 400.0, 419.0, 500.0))).isFalse();
        assertThat(Warmup.steady(List.of(300.0, 400.0, 419.0, 430.0))).isTrue();
        assertThat(Warmup.steady(List.of(400.0, 380.0, 390.0))).isTrue();
    }
}
