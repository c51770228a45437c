package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code readout bench-serve} over the founding documents: one short run, its table checked, no timing asserted. */
class BenchServeEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void servesTheStoreLoadsItAndReportsEveryEndpointGroupWithoutErrors() {
        SampleStore store = SampleStore.examples(dir);

        Cli.Result r = store.ok("bench-serve", "--requests", "60", "--clients", "4", "--warmup", "5", "--warmup-rounds", "1",
                "--seed", "3");

        List<String> lines = r.outLines();
        assertThat(lines.get(0)).startsWith("store: ").contains("5 documents");
        assertThat(lines.get(1)).contains("60 requests from 4 clients", "5 warm-up requests", "seed 3");
        assertThat(lines.get(2)).startsWith("warm-up: 1 round of 5, requests/s ");
        List<String> rows = lines.subList(4, lines.size());
        assertThat(rows).extracting(l -> l.split(" +")[0])
                .containsExactly("timeline", "meeting", "statements", "search", "actors", "all");
        assertThat(rows).extracting(l -> l.split(" +")[2]).containsOnly("0");
        assertThat(rows.get(rows.size() - 1).split(" +")[1]).isEqualTo("60");
    }

    @Test
    void hostileTimesTheMixAloneThenBesideHostileClientsAndPrintsTheRatios() {
        SampleStore store = SampleStore.examples(dir);

        Cli.Result r = store.ok("bench-serve", "--requests", "40", "--clients", "2", "--warmup", "5", "--warmup-rounds", "1",
                "--hostile", "--posters", "1", "--post-bytes", "2000", "--tricklers", "1");

        String out = r.out();
        assertThat(out).contains("beside 1 clients posting 2000 bytes to /api/extract and 1 trickling", "extract answers:",
                "p50 ratio");
        assertThat(r.outLines().subList(r.outLines().size() - 6, r.outLines().size())).extracting(l -> l.split(" +")[0])
                .containsExactly("timeline", "meeting", "statements", "search", "actors", "all");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--clients, 0, clients", "--warmup-rounds, 0, warm-up rounds", "--db-threads, -1, database threads"})
    void badSettingsAreAUsageError(String option, String value, String named) {
        SampleStore store = SampleStore.examples(dir);

        Cli.Result r = store.run("bench-serve", option, value);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.readoutErrLines()).singleElement().asString().contains(named);
    }

    @Test
    void aMissingStoreIsNotCreated() {
        Cli.Result r = Cli.run("bench-serve", "--store", dir.resolve("none").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(dir.resolve("none")).doesNotExist();
    }
}
