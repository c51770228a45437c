package org.readout.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishEvidenceTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The two sides agreed to deepen cooperation in trade and investment.",
        "Wang Yi met with Bùi Thanh Sơn in Hà Nội.",
        // A menu of place names, then the story: only the lower-case words count.
        "An Giang • Bac Lieu • Ben Tre • Ca Mau • Da Nang • Ha Noi\nThe ministers held talks with their counterparts in Hanoi.",
    })
    void settlesEnglish(String text) {
        assertThat(EnglishEvidence.decides(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "Wang Yi in Hanoi",                                      // one shared word is not enough
        "Meeting of Foreign Ministers",                          // no lower-case word but one
        "Er kam in die Stadt, was er will, und es ist so.",     // German with words English shares
        "Le ministre a parlé de la Belt and Road Initiative avec son homologue, puis il est parti à Pékin.",
    })
    void leavesTheRestToTheModel(String text) {
        assertThat(EnglishEvidence.decides(text)).isFalse();
    }
}
