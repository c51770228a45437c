package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColoursTest {
    @Test
    void aTerminalGetsStylesUnlessNoColorIsSetToSomething() {
        assertThat(Colours.wanted(true, Map.of())).isTrue();
        assertThat(Colours.wanted(true, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Colours.wanted(true, Map.of("NO_COLOR", ""))).isTrue();
        assertThat(Colours.wanted(false, Map.of())).isFalse();
    }
}
