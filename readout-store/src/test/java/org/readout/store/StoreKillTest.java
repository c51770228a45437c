package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.readout.analysis.Meeting;

/**
 * A real kill: a child JVM ingests a folder and is killed (SIGKILL) part-way; the store it leaves
 * must open, pass the check, and on a rerun end up as an uninterrupted ingest would.
 */
class StoreKillTest {
    private static final int COPIES = 5;
    private static final int KILL_AFTER = 2 * IngestChild.BATCH;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aStoreKilledDuringIngestOpensPassesTheCheckAndCompletesOnRerun() throws Exception {
        Path sources = sources(tmp.resolve("sources"));
        Path killed = tmp.resolve("killed");
        Path err = tmp.resolve("child-err.txt");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), killed.toString(), sources.toString())
                .redirectError(err.toFile()).start();
        int stored = waitFor(child, "stored " + KILL_AFTER);
        assertThat(stored).as("child stderr: %s", Files.readString(err)).isEqualTo(KILL_AFTER);
        // land the kill anywhere: in the extraction, in a transaction, in its commit
        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 400));
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        int total = Fixtures.files(sources).size();
        try (Store store = Store.open(killed)) {
            assertThat(store.check()).isEmpty();
            assertThat(store.counts().documents()).as("killed part-way").isBetween((long) KILL_AFTER, total - 1L);
            Fixtures.ingestAll(store, sources);
            assertThat(store.check()).isEmpty();
        }

        Path whole = tmp.resolve("whole");
        try (Store uninterrupted = Store.open(whole)) {
            Fixtures.ingestAll(uninterrupted, sources);
        }
        try (Store rerun = Store.open(killed); Store uninterrupted = Store.open(whole)) {
            assertThat(rerun.counts()).isEqualTo(uninterrupted.counts());
            assertThat(rerun.counts().documents()).isEqualTo(total);
            assertThat(meetings(rerun)).isEqualTo(meetings(uninterrupted));
            assertThat(rerun.actors(null, Page.first(1000))).isEqualTo(uninterrupted.actors(null, Page.first(1000)));
            assertThat(rerun.search("cooperation", SearchFilter.ANY, 1000))
                    .hasSameSizeAs(uninterrupted.search("cooperation", SearchFilter.ANY, 1000));
        }
    }

    /** The examples and the fixtures, each in {@value #COPIES} copies made distinct by a last line. */
    private static Path sources(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> originals = new java.util.ArrayList<>(Fixtures.files(Fixtures.examples()));
        for (int copy = 0; copy < COPIES; copy++) {
            for (Path f : originals) {
                String text = Files.readString(f, StandardCharsets.UTF_8) + "\n\nCopy " + copy + ".\n";
                Files.writeString(dir.resolve(copy + "-" + f.getFileName()), text, StandardCharsets.UTF_8);
            }
            for (String name : List.of("cn-account.txt", "vn-account.txt", "other-call.txt")) {
                Files.writeString(dir.resolve(copy + "-" + name), Fixtures.fixture(name).text() + "\n\nCopy " + copy + ".\n",
                        StandardCharsets.UTF_8);
            }
        }
        return dir;
    }

    /** Reads the child's output until {@code marker}; returns the count it reached. */
    private static int waitFor(Process child, String marker) throws IOException {
        BufferedReader out = child.inputReader(StandardCharsets.UTF_8);
        int last = 0;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("stored ")) {
                last = Integer.parseInt(line.substring(7));
            }
            if (line.equals(marker)) {
                break;
            }
        }
        return last;
    }

    private static List<Meeting> meetings(Store store) {
        return store.meetings(MeetingFilter.ANY, Page.first(Page.MAX_LIMIT));
    }
}
