package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSchemaTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreHasTheLatestSchemaAndPassesTheCheck() {
        try (Store store = Store.open(dir)) {
            assertThat(store.check()).isEmpty();
            assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0));
        }
        assertThat(versions(dir)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void anOlderStoreIsMigratedOnOpenAndKeepsItsData() {
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            new Schema(Schema.MIGRATIONS.subList(0, 1)).migrate(db);
            db.inTransaction(c -> Sql.update(c, "INSERT INTO actors VALUES ('a1', 'Somebody', NULL)")
                    + Sql.update(c, "INSERT INTO actor_spellings VALUES ('a1', 'Somebody')"));
        }
        assertThat(versions(dir)).containsExactly(1);
        try (Store store = Store.open(dir)) {
            assertThat(store.check()).isEmpty();
            assertThat(store.actors("somebody", Page.first(1))).extracting(Actor::id).containsExactly("a1");
        }
        assertThat(versions(dir)).containsExactly(1, 2, 3, 4, 5, 6);
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            List<String> indexes = db.read(c -> Sql.list(c, "SELECT index_name FROM duckdb_indexes()", rs -> rs.getString(1)));
            assertThat(indexes).contains("statements_actor", "meeting_accounts_meeting", "statements_document", "events_document",
                    "meeting_accounts_document");
        }
    }

    @Test
    void schema6DropsTheCopiedEventDayAndCutsLocalOriginsToTheirFileNames() {
        List<String> origins = List.of("/home/someone/corpus/a.txt", "/home/someone/feeds.zip!/2024/mfa.xml#3",
                "C:\\Users\\someone\\b.txt", "https://example.org/c.html", "corpus/d.txt");
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            new Schema(Schema.MIGRATIONS.subList(0, 5)).migrate(db);
            db.inTransaction(c -> {
                for (int i = 0; i < origins.size(); i++) {
                    Sql.update(c, "INSERT INTO documents (id, seq, name, origin, topics, labels, problems, text, record_json, ingested_at)"
                            + " VALUES (?, ?, 'x.txt', ?, [], [], [], 'text', '{}', now())", "d" + i, i + 1, origins.get(i));
                }
                return Sql.update(c, "INSERT INTO events (document_id, event_index, mode, date, day, countries)"
                        + " VALUES ('d0', 0, 'visit', DATE '2024-04-05', DATE '2024-04-05', ['CHN', 'VNM'])");
            });

            Schema.current().migrate(db);

            assertThat(strings(db, "SELECT origin FROM documents ORDER BY seq"))
                    .containsExactly("a.txt", "feeds.zip!/2024/mfa.xml#3", "b.txt", "https://example.org/c.html", "corpus/d.txt")
                    .containsExactlyElementsOf(origins.stream().map(StoredOrigin::of).toList()); // the rule ingest applies
            assertThat(strings(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"))
                    .contains("date").doesNotContain("day");
            assertThat(strings(db, "SELECT strftime(date, '%Y-%m-%d') FROM events WHERE document_id = 'd0'"))
                    .containsExactly("2024-04-05");
            assertThat(strings(db, "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'events'"))
                    .containsExactly("events_document");
        }
    }

    @Test
    void aStoreFromANewerReadoutIsRefused() {
        try (Store store = Store.open(dir)) {
            assertThat(store.check()).isEmpty();
        }
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            db.inTransaction(c -> Sql.update(c, "INSERT INTO schema_version (version, name) VALUES (99, 'V99__future.sql')"));
        }
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("newer");
    }

    @Test
    void migrationFilesSplitIntoStatements() {
        assertThat(Schema.statements("-- a comment; with a semicolon\nCREATE TABLE a (x INT); -- trailing\n\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }

    private static List<String> strings(Database db, String sql) {
        return db.read(c -> Sql.list(c, sql, rs -> rs.getString(1)));
    }

    private static List<Integer> versions(Path dir) {
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            return db.read(c -> Sql.list(c, "SELECT version FROM schema_version ORDER BY version", rs -> rs.getInt(1)));
        }
    }
}
