package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout bench-corpus} writes the same readable files for the same seed, and refuses a folder that exists. */
class BenchCorpusCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSameReadoutsForTheSameSeed() throws IOException {
        Cli.Result first = Cli.run("bench-corpus", "--docs", "12", dir.resolve("a").toString());
        Cli.run("bench-corpus", "--docs", "12", dir.resolve("b").toString());

        assertThat(first.exitCode()).as("stderr: %s", first.err()).isZero();
        assertThat(first.out()).startsWith("12 documents");
        List<Path> files = files(dir.resolve("a"));
        assertThat(files).hasSize(12);
        for (Path f : files) {
            assertThat(dir.resolve("b").resolve(f.getFileName())).hasSameTextualContentAs(f);
        }
        Cli.Result extracted = Cli.run("extract", "--format", "jsonl", files.get(0).toString());
        assertThat(extracted.out()).contains("\"participants\"").doesNotContain("\"events\":[]");
    }

    @Test
    void refusesAFolderThatExists() {
        Cli.Result r = Cli.run("bench-corpus", "--docs", "1", dir.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("needs a new folder");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
