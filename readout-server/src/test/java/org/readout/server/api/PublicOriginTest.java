package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicOriginTest {
    @ParameterizedTest
    @CsvSource({"/srv/readouts/2024/a.txt, a.txt", "readouts/a.html, a.html", "a.txt, a.txt", "stdin, stdin",
        "'C:\\Users\\me\\a.txt', a.txt", "/srv/feeds.zip!/items/3.xml, feeds.zip!/items/3.xml",
        "/srv/crawl.warc.gz!/12!/page.html, crawl.warc.gz!/12!/page.html",
        "https://www.mfa.gov.cn/eng/x.html, https://www.mfa.gov.cn/eng/x.html"})
    void showsTheFileAndItsEntryButNoFolder(String stored, String shown) {
        assertThat(PublicOrigin.of(stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"/srv/", "/"})
    void aPathEndingInAFolderShowsNothingOfIt(String stored) {
        assertThat(PublicOrigin.of(stored)).isEmpty();
    }
}
