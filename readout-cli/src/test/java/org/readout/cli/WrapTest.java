package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WrapTest {
    @Test
    void wordsFillLinesUpToTheWidthAndALongerWordStandsAlone() {
        assertThat(Wrap.lines("the two sides agreed", 12)).containsExactly("the two", "sides agreed");
        assertThat(Wrap.lines("a Trans-Asian-Railway b", 5)).containsExactly("a", "Trans-Asian-Railway", "b");
        assertThat(Wrap.lines("", 5)).containsExactly("");
    }

    @Test
    void boldTakesNoWidth() {
        String bold = "\u001b[1mSea\u001b[0m";
        assertThat(Wrap.width(bold)).isEqualTo(3);
        assertThat(Wrap.lines("South China " + bold + " issue", 16)).containsExactly("South China " + bold, "issue");
    }

    @Test
    void theFirstLineHasItsOwnPrefixAndTheOthersAnIndent() {
        StringWriter s = new StringWriter();
        Wrap.print(new PrintWriter(s, true), "  - ", "    ", "Wang Yi said that China is willing to work with Vietnam", 30);

        assertThat(s.toString().lines().toList()).containsExactly(
                "  - Wang Yi said that China is",
                "    willing to work with",
                "    Vietnam");
    }
}
