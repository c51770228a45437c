package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlDetectorTest {
    @Test
    void recognisesDoctypeAfterCommentsAndWhitespace() {
        assertThat(HtmlDetector.looksLikeHtml("\n  <!-- saved page --><?xml version=\"1.0\"?>\n<!DOCTYPE html><p>x")).isTrue();
    }

    @Test
    void recognisesTagDenseFragment() {
        assertThat(HtmlDetector.looksLikeHtml("<div><p>The ministers met.</p><p>They agreed.</p></div>")).isTrue();
    }

    @Test
    void takesHeaderForTextNotForHead() {
        assertThat(HtmlDetector.looksLikeHtml("<header-line> The ministers met in Rome on Monday and agreed on a plan.")).isFalse();
    }

    @Test
    void takesPlainTextMentioningATagForText() {
        String text = "The ministers met in Rome. ".repeat(40) + "The spokesman wrote <p> by mistake. " + "They agreed. ".repeat(40);

        assertThat(HtmlDetector.looksLikeHtml(text)).isFalse();
    }
}
