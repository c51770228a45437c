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
        assertThat(versions(dir)).containsExactly(1, 2, 3, 4, 5);
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
        assertThat(versions(dir)).containsExactly(1, 2, 3, 4, 5);
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            List<String> indexes = db.read(c -> Sql.list(c, "SELECT index_name FROM duckdb_indexes()", rs -> rs.getString(1)));
            assertThat(indexes).contains("statements_actor", "meeting_accounts_meeting", "statements_document", "events_document",
                    "meeting_accounts_document");
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

    private static List<Integer> versions(Path dir) {
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            return db.read(c -> Sql.list(c, "SELECT version FROM schema_version ORDER BY version", rs -> rs.getInt(1)));
        }
    }
}
