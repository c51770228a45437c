package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void anIndexThatMissedADatabaseCommitIsCaughtUpOnOpen(@TempDir Path saved) throws IOException {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
        }
        copy(dir.resolve(Store.INDEX_FOLDER), saved);
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("other-call.txt"), null);
        }
        // the index as it was before the second document: as if the process died between the two commits
        replace(dir.resolve(Store.INDEX_FOLDER), saved);

        try (Store store = Store.open(dir)) {
            assertThat(store.check()).isEmpty();
            assertThat(store.search("Kamikawa", SearchFilter.ANY, 10)).extracting(SearchHit::doc).contains("other-call.txt");
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabase() throws IOException {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("vn-account.txt"), null);
        }
        delete(dir.resolve(Store.INDEX_FOLDER));
        try (Store store = Store.open(dir)) {
            assertThat(store.check()).isEmpty();
            assertThat(store.search("border gates", SearchFilter.ANY.withType(SearchHit.Type.STATEMENT), 10)).hasSize(1);
        }
    }

    @Test
    void theCheckNamesWhatIsWrong() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
        }
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            db.inTransaction(c -> Sql.update(c, "DELETE FROM meeting_accounts"));
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.check()).containsExactly("1 events that are no meeting's account", "1 meetings without accounts");
        }
    }

    private static void replace(Path target, Path source) throws IOException {
        delete(target);
        copy(source, target);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
