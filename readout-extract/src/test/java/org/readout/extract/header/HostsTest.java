package org.readout.extract.header;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostsTest {
    // Each run is read once: a word without a dot is not searched back into the text before it.
    @Test
    void findsHostsInAddressesAndMailDomainsButNotNumbersOrLocalParts() {
        assertThat(Hosts.find("Source: https://en.nhandan.vn/story-post123.html, or write to desk@Example.co.uk. Growth was 3.5 percent."))
                .containsExactly("en.nhandan.vn", "example.co.uk");
    }

    @Test
    void aHostAtTheEndOfASentenceLosesTheFullStop() {
        assertThat(Hosts.find("The page was cached from vietnamnews.vn.")).containsExactly("vietnamnews.vn");
    }

    @Test
    void runsLongerThanAnyHostNameAreNotHostsAndAreReadInOnePass() {
        assertThat(Hosts.find("x.".repeat(2_000))).isEmpty();
        assertThat(Hosts.find("1".repeat(100_000))).isEmpty();
        assertThat(Hosts.find("a".repeat(100_000) + " xinhuanet.com")).containsExactly("xinhuanet.com");
        assertThat(Hosts.find("A ".repeat(100_000) + "xinhuanet.com")).containsExactly("xinhuanet.com");
    }
}
