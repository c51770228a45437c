package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.spark.HadoopFiles.InputFile;

/** Files are listed in name order, hidden ones left out, and named as the command line names them. */
class HadoopFilesTest {
    @TempDir
    Path dir;

    @Test
    void anAbsoluteInputsFilesByAddressInNameOrderWithoutHiddenOnes() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.txt"), "2");
        Files.writeString(dir.resolve("a.txt"), "1");
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve(".a.txt.crc"), "");

        assertThat(HadoopFiles.under(dir.toString(), new Configuration())).extracting(InputFile::name)
                .containsExactly("file:" + dir.resolve("a.txt"), "file:" + dir.resolve("b/two.txt"));
    }

    @Test
    void aRelativeInputsFilesByTheirPathAsGiven() throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Path corpus = Files.createTempDirectory(target, "corpus");
        Files.writeString(corpus.resolve("a.txt"), "1");
        String given = "target/" + corpus.getFileName() + "/";

        assertThat(HadoopFiles.under(given, new Configuration())).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("target/" + corpus.getFileName() + "/a.txt");
            assertThat(f.address()).isEqualTo("file:" + corpus.resolve("a.txt"));
        });
        assertThat(HadoopFiles.under(given + "a.txt", new Configuration())).extracting(InputFile::name)
                .containsExactly(given + "a.txt");
    }
}
