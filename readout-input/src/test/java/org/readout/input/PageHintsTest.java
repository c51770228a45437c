package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageHintsTest {
    @Test
    void dropsPipeSuffix() {
        assertThat(PageHints.withoutSiteSuffix("Ministers meet in Rome | Courier", null)).isEqualTo("Ministers meet in Rome");
    }

    @Test
    void dropsDashSuffix() {
        assertThat(PageHints.withoutSiteSuffix("Ministers meet in Rome - The Courier", null)).isEqualTo("Ministers meet in Rome");
    }

    @Test
    void dropsLongSuffixWhenItIsTheSiteName() {
        assertThat(PageHints.withoutSiteSuffix("Ministers meet – Federal Foreign Office of Germany", "Federal Foreign Office of Germany"))
                .isEqualTo("Ministers meet");
    }

    @Test
    void keepsDashThatIsPartOfTheHeadline() {
        assertThat(PageHints.withoutSiteSuffix("US-China talks resume - a new chapter for trade relations", null))
                .isEqualTo("US-China talks resume - a new chapter for trade relations");
    }

    @Test
    void keepsTitleWithoutSeparator() {
        assertThat(PageHints.withoutSiteSuffix("Ministers meet in Rome", null)).isEqualTo("Ministers meet in Rome");
    }
}
