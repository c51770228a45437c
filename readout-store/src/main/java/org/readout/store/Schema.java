package org.readout.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The database schema and its migrations: SQL resources under {@code readout/store/migrations/},
 * applied in order on open, each in the transaction that records its version.
 */
final class Schema {
    static final List<String> MIGRATIONS = List.of("V1__records.sql", "V2__lookup_indexes.sql", "V3__document_indexes.sql",
            "V4__account_document_index.sql",
            "V5__document_metadata.sql", "V6__tables_for_notebooks.sql");
    private static final String FOLDER = "readout/store/migrations/";

    private final List<String> migrations;

    Schema(List<String> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    static Schema current() {
        return new Schema(MIGRATIONS);
    }

    int latestVersion() {
        return migrations.size();
    }

    /** Brings the database up to the latest version; refuses one written by a newer Readout. */
    void migrate(Database db) {
        int version = db.inTransaction(Schema::version);
        if (version > latestVersion()) {
            throw new StoreException("the store has schema version " + version + ", newer than this Readout's "
                    + latestVersion() + ": use a newer Readout");
        }
        for (int v = version + 1; v <= latestVersion(); v++) {
            String name = migrations.get(v - 1);
            int next = v;
            db.inTransaction(c -> apply(c, next, name));
        }
    }

    /** Refuses a database whose schema this Readout would migrate: a store opened read-only cannot be. */
    void requireCurrent(Database db) {
        int version = db.read(c -> Sql.count(c, "SELECT count(*) FROM information_schema.tables WHERE table_name ="
                + " 'schema_version'") == 0 ? 0 : (int) Sql.count(c, "SELECT coalesce(max(version), 0) FROM schema_version"));
        if (version != latestVersion()) {
            throw new StoreException("the store has schema version " + version + ", not this Readout's " + latestVersion()
                    + (version < latestVersion() ? ": open it for writing once (readout check) to migrate it"
                    : ": use a newer Readout"));
        }
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        }
        return (int) Sql.count(c, "SELECT coalesce(max(version), 0) FROM schema_version");
    }

    private static Void apply(Connection c, int version, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements(read(name))) {
                s.execute(statement);
            }
        }
        Sql.update(c, "INSERT INTO schema_version (version, name) VALUES (?, ?)", version, name);
        return null;
    }

    /** The file's statements: comments dropped, split at semicolons (the migrations hold no string with one). */
    static List<String> statements(String sql) {
        String code = sql.lines().map(l -> l.replaceFirst("--.*$", "")).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(code.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(String name) {
        try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new StoreException("migration " + FOLDER + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
