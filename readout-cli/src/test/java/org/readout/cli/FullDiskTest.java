package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest onto a disk that fills up: one clear message and an exact account of what was stored,
 * not a line per document. A real full disk needs a small tmpfs, which only root can mount: where
 * that is refused the test is skipped.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FullDiskTest {
    private static final Pattern STORED = Pattern.compile("this run stored (\\d+) new documents");
    private static final Pattern COUNTS = Pattern.compile("^(\\d+) new, 0 unchanged, 0 failed; store: (\\d+) documents");

    @TempDir
    Path dir;

    private Path disk;

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            run("umount", disk.toString());
        }
    }

    @Test
    void aFullDiskStopsTheRunWithOneMessageAndAnExactAccount() throws Exception {
        Path mountPoint = Files.createDirectories(dir.resolve("small-disk"));
        assumeThat(run("mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", mountPoint.toString()))
                .as("a tmpfs can be mounted here (root)").isZero();
        disk = mountPoint;
        Path inputs = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(inputs.resolve(String.format("%03d.txt", i)), readout(i));
        }

        Cli.Result result = Cli.run("ingest", "--store", disk.resolve("store").toString(), inputs.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        List<String> full = result.readoutErrLines().stream().filter(l -> l.contains("the disk is full")).toList();
        assertThat(full).singleElement().asString().contains("No space left on device").endsWith("stopped.");
        assertThat(result.readoutErrLines()).noneMatch(l -> l.contains("cannot commit")).hasSizeLessThan(6);
        Matcher stored = STORED.matcher(result.err());
        Matcher counts = COUNTS.matcher(result.out());
        assertThat(stored.find()).isTrue();
        assertThat(counts.find()).isTrue();
        int added = Integer.parseInt(stored.group(1));
        assertThat(added).isBetween(1, 399);
        assertThat(Integer.parseInt(counts.group(1))).isEqualTo(added);
        assertThat(Integer.parseInt(counts.group(2))).as("documents the store holds").isEqualTo(added);
        assertThat(result.err()).contains(String.format("Not stored: %s", inputs.resolve(String.format("%03d.txt", added))));
    }

    private static String readout(int i) {
        return String.format("HANOI, May %d -- Vietnamese Foreign Minister Bui Thanh Son held talks with Thai Foreign "
                + "Minister Maris Sangiampongsa in Hanoi on Tuesday, meeting number %d of the series.%n%n"
                + "Son said Vietnam is ready to expand trade with Thailand to %d billion dollars.%n", 1 + i % 28, i, i);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }
}
