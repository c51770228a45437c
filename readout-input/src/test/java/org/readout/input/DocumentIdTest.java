package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentIdTest {
    @Test
    void isTheFileNameWithoutFolder() {
        assertThat(DocumentId.of("corpus/2024/readout-17.html")).isEqualTo("readout-17.html");
        assertThat(DocumentId.of(Path.of("/tmp/a.txt"))).isEqualTo("a.txt");
    }

    @Test
    void isStdinForDash() {
        assertThat(DocumentId.of("-")).isEqualTo("stdin");
    }
}
