package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run over many inputs does with the ones that fail: each is named with its reason and the
 * run goes on (or stops with --fail-fast); nothing in a folder is passed over without a word.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FailurePolicyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = "HANOI, May 6 -- Vietnamese Foreign Minister Bui Thanh Son held talks with "
            + "Thai Foreign Minister Maris Sangiampongsa in Hanoi on Tuesday.\n\n"
            + "Son said Vietnam is ready to expand trade with Thailand.\n";

    @TempDir
    Path dir;

    private Path good(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, GOOD, StandardCharsets.UTF_8);
    }

    @Test
    void aDeviceNamedBesideGoodFilesIsReportedUnreadAndTheGoodFilesGiveTheirRecords() throws IOException {
        Path a = good("a.txt");
        Path b = good("b.txt");

        Cli.Result result = Cli.run("extract", a.toString(), "/dev/zero", b.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.errLinesNaming("/dev/zero")).singleElement().asString().contains("not a regular file");
    }

    @Test
    void aFifoAndALinkLoopInAFolderAreReportedAndHiddenFilesAndFolderLinksAreNamedAsLeftOut() throws Exception {
        good("in/a.txt");
        good("in/sub/b.txt");
        Files.writeString(dir.resolve("in/.notes"), "private");
        Files.createSymbolicLink(dir.resolve("in/loop"), dir.resolve("in/loop"));
        Files.createSymbolicLink(dir.resolve("in/elsewhere"), dir.resolve("in/sub"));
        mkfifo(dir.resolve("in/pipe"));

        Cli.Result result = Cli.run("extract", dir.resolve("in").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.errLinesNaming("loop")).singleElement().asString().contains("a link in a loop");
        assertThat(result.errLinesNaming("pipe")).singleElement().asString().contains("not a regular file");
        assertThat(result.errLinesNaming(".notes")).singleElement().asString().contains("warning: hidden");
        assertThat(result.errLinesNaming("elsewhere")).singleElement().asString().contains("warning: a link to a folder");
        assertThat(result.readoutErrLines()).last().asString().contains("4 documents, 2 failed (bad_link 1, not_regular 1)");
    }

    @Test
    void quietKeepsWarningsBackButNamesEachFailureAndCountsTheWarnings() throws Exception {
        good("in/a.txt");
        good("in/b.txt");
        Files.writeString(dir.resolve("in/.notes"), "private");
        Files.write(dir.resolve("in/nul.txt"), (GOOD.replace("Tuesday", "Wednesday") + "\0").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("in/empty.txt"), new byte[0]);

        Cli.Result loud = Cli.run("ingest", "--store", dir.resolve("loud").toString(), dir.resolve("in").toString());
        Cli.Result quiet = Cli.run("ingest", "--quiet", "--store", dir.resolve("quiet").toString(), dir.resolve("in").toString());

        assertThat(loud.readoutErrLines()).filteredOn(l -> l.contains(": warning: ")).hasSize(2);
        assertThat(quiet.exitCode()).isEqualTo(loud.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(quiet.outLines()).isEqualTo(loud.outLines());
        assertThat(quiet.readoutErrLines()).containsExactly(
                "readout: " + dir.resolve("in/empty.txt") + ": empty file",
                "readout: 4 documents, 1 failed (empty 1); 2 warnings not shown (--quiet)");

        Cli.Result quietExtract = Cli.run("extract", "-q", dir.resolve("in/a.txt").toString(), dir.resolve("in/nul.txt").toString());
        assertThat(quietExtract.exitCode()).isZero();
        assertThat(quietExtract.readoutErrLines()).containsExactly("readout: 2 documents, none failed; 1 warning not shown (--quiet)");
    }

    @Test
    void anUnreadableFolderIsReportedAndTheRestOfTheWalkGoesOn() throws IOException {
        good("in/a.txt");
        Path locked = Files.createDirectories(dir.resolve("in/locked"));
        good("in/locked/hidden-from-us.txt");
        good("in/z.txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(locked)).as("permissions bind this user (not root)").isFalse();

            Cli.Result result = Cli.run("extract", dir.resolve("in").toString());

            assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
            assertThat(result.outLines()).hasSize(2);
            assertThat(result.errLinesNaming("locked")).singleElement().asString().contains("cannot read folder");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void failuresGoToTheErrorsFileAsJsonLinesAndTheRunGoesOn() throws IOException {
        good("in/a.txt");
        Files.write(dir.resolve("in/b.txt"), new byte[0]);
        good("in/c.txt");
        Path errors = dir.resolve("errors.jsonl");

        Cli.Result result = Cli.run("extract", "--errors", errors.toString(), dir.resolve("in").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(result.outLines()).hasSize(2);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(errors)) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).singleElement().satisfies(e -> {
            assertThat(e.get("source").asText()).endsWith("b.txt");
            assertThat(e.get("entry").isNull()).isTrue();
            assertThat(e.get("code").asText()).isEqualTo("empty");
        });
    }

    @Test
    void failFastStopsAtTheFirstFailureForExtractAndStoresWhatCameBeforeForIngest() throws IOException {
        good("in/a.txt");
        Files.write(dir.resolve("in/b.txt"), new byte[0]);
        Files.writeString(dir.resolve("in/c.txt"), GOOD.replace("Tuesday", "Wednesday"));

        Cli.Result extract = Cli.run("extract", "--fail-fast", dir.resolve("in").toString());
        Cli.Result ingest = Cli.run("ingest", "--fail-fast", "--store", dir.resolve("store").toString(), dir.resolve("in").toString());

        assertThat(extract.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(extract.outLines()).hasSize(1);
        assertThat(extract.readoutErrLines()).anySatisfy(l -> assertThat(l).contains("stopped at the first failure"));
        assertThat(ingest.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(ingest.out()).startsWith("1 new, 0 unchanged, 1 failed; store: 1 documents");
    }

    @Test
    void aDocumentPastItsTimeBudgetIsReportedAndTheRunGoesOn() throws IOException {
        // long enough that neither can be read within a millisecond, even warm
        Path a = Files.writeString(dir.resolve("a.txt"), (GOOD + "\n").repeat(30));
        Path b = Files.writeString(dir.resolve("b.txt"), (GOOD + "\n").repeat(30));

        Cli.Result result = Cli.run("extract", "--time-budget", "0.001", a.toString(), b.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(result.outLines()).isEmpty();
        assertThat(result.errLinesNaming("a.txt")).singleElement().asString().contains("time budget");
        assertThat(result.errLinesNaming("b.txt")).singleElement().asString().contains("time budget");
        assertThat(Cli.run("extract", "--time-budget", "-1", a.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void textsThatOnceOverflowedTheStackOrTookMinutesGiveTheirRecordsInABatch() throws IOException {
        Files.writeString(dir.resolve("dots.txt"), "x.".repeat(2000));
        Files.writeString(dir.resolve("digits.txt"), "7".repeat(100_000));
        Path good = good("good.txt");

        Cli.Result result = Cli.run("extract", dir.resolve("dots.txt").toString(), dir.resolve("digits.txt").toString(), good.toString());

        assertThat(result.outLines()).hasSize(3);
        assertThat(result.readoutErrLines()).noneMatch(l -> l.contains("internal error"));
    }

    @Test
    void aMaxBytesThatIsNotPositiveIsAUsageError() throws IOException {
        Path a = good("a.txt");

        assertThat(Cli.run("extract", "--max-bytes", "0", a.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("ingest", "--max-bytes", "-1", "--store", dir.resolve("s").toString(), a.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void terminalEscapeSequencesInADocumentNeverReachTheTerminal() throws IOException {
        Path evil = dir.resolve("evil.txt");
        Files.writeString(evil, "Vietnam and Thailand \u001b]0;owned\u0007talks\n\n" + GOOD
                + "\n\u001b[2JThe ministers also discussed tourism.\u001b[0m\n", StandardCharsets.UTF_8);

        Cli.Result text = Cli.run("extract", "--format", "text", evil.toString());
        Cli.run("ingest", "--store", dir.resolve("store").toString(), evil.toString());
        Cli.Result search = Cli.run("search", "--store", dir.resolve("store").toString(), "tourism");

        assertThat(text.out()).contains("Vietnam and Thailand").doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(search.out()).contains("tourism").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    private static void mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
