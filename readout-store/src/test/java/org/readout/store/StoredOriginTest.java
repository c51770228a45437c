package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredOriginTest {
    @Test
    void aLocalAbsolutePathKeepsOnlyItsFileNameAndEntry() {
        assertThat(StoredOrigin.of("/home/someone/corpus/a.txt")).isEqualTo("a.txt");
        assertThat(StoredOrigin.of("/home/someone/feeds.zip!/2024/mfa.xml#3")).isEqualTo("feeds.zip!/2024/mfa.xml#3");
        assertThat(StoredOrigin.of("/data/dump.jsonl#12")).isEqualTo("dump.jsonl#12");
        assertThat(StoredOrigin.of("C:\\Users\\someone\\a.txt")).isEqualTo("a.txt");
        assertThat(StoredOrigin.of("\\\\server\\share\\a.txt")).isEqualTo("a.txt");
        assertThat(StoredOrigin.of("~/corpus/a.txt")).isEqualTo("a.txt");
        assertThat(StoredOrigin.of("file:///home/someone/a.txt")).isEqualTo("a.txt");
    }

    @Test
    void aWebAddressOrARelativePathStaysAsItIs() {
        assertThat(StoredOrigin.of("https://example.org/news/a.html")).isEqualTo("https://example.org/news/a.html");
        assertThat(StoredOrigin.of("corpus/2024/a.txt")).isEqualTo("corpus/2024/a.txt");
        assertThat(StoredOrigin.of("-")).isEqualTo("-");
        assertThat(StoredOrigin.of(null)).isNull();
    }
}
