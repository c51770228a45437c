package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {
    private static final String SNIPPET = "On the [[South]] [[China]] [[Sea]] issue, [[China]] said";

    @Test
    void outsideATerminalMarkedWordsAreBetweenAsterisksAdjacentOnesAsOne() {
        assertThat(Snippets.render(SNIPPET, false)).isEqualTo("On the *South China Sea* issue, *China* said");
    }

    @Test
    void onATerminalTheyAreBold() {
        assertThat(Snippets.render(SNIPPET, true))
                .isEqualTo("On the \u001b[1mSouth China Sea\u001b[0m issue, \u001b[1mChina\u001b[0m said");
    }
}
