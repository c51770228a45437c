package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout bench} reads its inputs as {@code extract} does; one quick pass, no timing asserted. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void measuresTheReadableDocumentsAndSkipsTheOthers() throws IOException {
        Path good = Cli.repositoryRoot().resolve("examples/001_4e6ba41967b06cfd.txt");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        Cli.Result r = Cli.run("bench", "--warmup-seconds", "0", "--seconds", "0", "--format", "json",
                good.toString(), empty.toString());

        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("documents").asInt()).isEqualTo(1);
        assertThat(report.get("words").asLong()).isPositive();
        assertThat(r.readoutErrLines()).singleElement().asString().contains("skipping", "empty.txt");
    }

    @Test
    void tooLargeIsSkippedAsInExtract() {
        Path good = Cli.repositoryRoot().resolve("examples/001_4e6ba41967b06cfd.txt");

        Cli.Result r = Cli.run("bench", "--warmup-seconds", "0", "--seconds", "0", "--max-bytes", "10", good.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(r.readoutErrLines()).anyMatch(l -> l.contains("no readable document"));
    }
}
