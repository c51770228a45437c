package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar is for a person at a terminal: an ingest run in a pseudo-terminal (util-linux's script(1))
 * shows it with its rate, and the same ingest piped shows nothing but its lines.
 */
class ProgressIT {
    private static final Path SCRIPT = Path.of("/usr/bin/script");

    @TempDir
    Path dir;

    @Test
    void anIngestInATerminalShowsProgressAndPipedItDoesNot() throws IOException, InterruptedException {
        assumeThat(Files.isExecutable(SCRIPT)).as("script(1) for a pseudo-terminal").isTrue();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String ingest = java + " -jar " + Cli.jar() + " ingest --store " + dir.resolve("tty") + " examples";

        String terminal = run(List.of(SCRIPT.toString(), "-q", "-e", "-c", ingest, "/dev/null"));
        Cli.Result piped = Cli.runJar(new byte[0], "ingest", "--store", dir.resolve("piped").toString(), "examples");

        assertThat(terminal).contains("ingest 100%").contains("kB/s").contains("5 documents")
                .contains("5 new, 0 unchanged, 0 failed");
        assertThat(piped.exitCode()).isZero();
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).startsWith("5 new, 0 unchanged, 0 failed").doesNotContain("%").doesNotContain("\r");
    }

    @Test
    void aParquetIngestInATerminalCountsDocuments() throws Exception {
        assumeThat(Files.isExecutable(SCRIPT)).as("script(1) for a pseudo-terminal").isTrue();
        Path output = SparkOutputs.layOut(SampleStore.examples(Files.createDirectories(dir.resolve("a"))), dir.resolve("output"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String ingest = java + " -jar " + Cli.jar() + " ingest --store " + dir.resolve("tty") + " --parquet " + output;

        String terminal = run(List.of(SCRIPT.toString(), "-q", "-e", "-c", ingest, "/dev/null"));
        Cli.Result piped = Cli.runJar(new byte[0], "ingest", "--store", dir.resolve("piped").toString(), "--parquet", output.toString());

        assertThat(terminal).contains("ingest 100%").contains("5/5 documents").contains("documents/s")
                .contains("5 new, 0 unchanged, 0 failed");
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).startsWith("5 new, 0 unchanged, 0 failed").doesNotContain("%").doesNotContain("\r");
    }

    /** Everything the command wrote to its terminal, standard output and error together. */
    private String run(List<String> command) throws IOException, InterruptedException {
        Path out = dir.resolve("terminal.txt");
        Process process = new ProcessBuilder(command).directory(Cli.repositoryRoot().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(out, StandardCharsets.UTF_8)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
