package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store opened only to read: in a folder nobody may write, beside other readers, and never written. */
class StoreReadOnlyTest {
    @TempDir
    Path dir;
    StoreCounts counts;

    @BeforeEach
    void ingest() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), "/srv/in/cn-account.txt");
            store.ingest(Fixtures.fixture("other-call.txt"), "/srv/in/other-call.txt");
            counts = store.counts();
        }
    }

    @Test
    void readersInTwoProcessesShareTheStore() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadChild.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).isEqualTo("open " + counts.documents());
            // the child holds the store open meanwhile: a writer could not open it, a reader can
            try (Store store = Store.openReadOnly(StoreConfig.at(dir))) {
                assertThat(store.counts()).isEqualTo(counts);
                assertThat(store.search("Kamikawa", SearchFilter.ANY, 10)).extracting(SearchHit::doc).contains("other-call.txt");
            }
        } finally {
            child.getOutputStream().close();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void readersInOneProcessShareTheStore() {
        try (Store one = Store.openReadOnly(StoreConfig.at(dir)); Store two = Store.openReadOnly(StoreConfig.at(dir))) {
            assertThat(one.counts()).isEqualTo(two.counts()).isEqualTo(counts);
            assertThat(two.search("Kamikawa", SearchFilter.ANY, 10)).isNotEmpty();
            assertThat(one.readOnly()).isTrue();
        }
    }

    @Test
    void aStoreInAFolderNobodyMayWriteIsRead() throws IOException {
        Set<Path> locked = lock(dir);
        try {
            assumeFalse(writable(dir), "this user writes where permissions say no (root): nothing to show");
            try (Store store = Store.openReadOnly(StoreConfig.at(dir))) {
                assertThat(store.counts()).isEqualTo(counts);
                assertThat(store.check()).isEmpty();
                assertThat(store.search("Kamikawa", SearchFilter.ANY, 10)).isNotEmpty();
            }
        } finally {
            unlock(locked);
        }
    }

    @Test
    void aStoreOpenedToReadIsNeverWrittenAndNeverCreated(@TempDir Path empty) throws IOException {
        long modified = Files.getLastModifiedTime(dir.resolve(Store.DATABASE_FILE)).toMillis();
        try (Store store = Store.openReadOnly(StoreConfig.at(dir))) {
            assertThatThrownBy(() -> store.ingest(Fixtures.fixture("vn-account.txt"), null))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
            assertThat(store.version()).isEqualTo(counts.documents());
        }
        assertThat(Files.getLastModifiedTime(dir.resolve(Store.DATABASE_FILE)).toMillis()).isEqualTo(modified);
        assertThatThrownBy(() -> Store.openReadOnly(StoreConfig.at(empty.resolve("none"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("no store");
        assertThat(empty.resolve("none")).doesNotExist();
    }

    @Test
    void aStoreThatNeedsMigratingIsRefusedWithWhatToRun() {
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            db.inTransaction(c -> Sql.update(c, "DELETE FROM schema_version WHERE version = ?", Schema.MIGRATIONS.size()));
        }
        assertThatThrownBy(() -> Store.openReadOnly(StoreConfig.at(dir))).isInstanceOf(StoreException.class)
                .hasMessageContaining("readout check");
    }

    /** Takes write permission from the folder and everything in it; what it changed. */
    private static Set<Path> lock(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            Set<Path> paths = Set.copyOf(all.toList());
            for (Path p : paths) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
            }
            return paths;
        }
    }

    private static void unlock(Set<Path> paths) throws IOException {
        for (Path p : paths) {
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--");
            Files.setPosixFilePermissions(p, perms);
        }
    }

    /** Whether a file can be made in {@code dir} despite its permissions. */
    private static boolean writable(Path dir) {
        try {
            Files.delete(Files.createFile(dir.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
