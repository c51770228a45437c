package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.store.Store;
import org.readout.store.StoreConfig;

/** Queries open the store only to read: beside a server reading it, and in a folder nobody may write. */
class ReadOnlyStoreEndToEndTest {
    @TempDir
    static Path dir;

    private static SampleStore store;

    @BeforeAll
    static void storeTheExamples() {
        store = SampleStore.examples(dir);
    }

    @Test
    void queriesRunWhileAReadOnlyServerHoldsTheStore() {
        try (Store served = Store.openReadOnly(StoreConfig.at(Path.of(store.dir())))) {
            assertThat(store.ok("meetings").out()).contains("2024-04-04");
            assertThat(store.ok("search", "South China Sea").out()).contains("Wang Yi");
            assertThat(served.counts().documents()).isEqualTo(5);
        }
    }

    @Test
    void queriesRunInAFolderNobodyMayWrite() throws IOException {
        List<Path> paths = all(Path.of(store.dir()));
        try {
            for (Path p : paths) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
            }
            assumeFalse(Files.isWritable(Path.of(store.dir())), "this user writes where permissions say no (root)");
            assertThat(store.ok("meetings").out()).contains("2024-04-04");
            assertThat(store.ok("search", "South China Sea").out()).contains("Wang Yi");
        } finally {
            for (Path p : paths) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static List<Path> all(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.toList();
        }
    }
}
