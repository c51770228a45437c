package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalSafeTest {
    @Test
    void escapeSequencesAndC1ControlsLoseTheirControlCharacters() {
        assertThat(TerminalSafe.text("Wang\u001b]0;pwned\u0007 met\u009b2J Son"))
                .isEqualTo("Wang\uFFFD]0;pwned\uFFFD met\uFFFD2J Son");
    }

    @Test
    void linesTabsAndLettersOfEveryScriptStay() {
        String text = "Ngoại trưởng\tBùi Thanh Sơn\n王毅 met Son.";
        assertThat(TerminalSafe.text(text)).isSameAs(text);
    }
}
