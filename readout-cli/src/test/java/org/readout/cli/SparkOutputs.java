package org.readout.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A store's tables laid out as readout-spark writes its output: {@code readout export --format parquet}'s files
 * as one part file per table folder, documents partitioned by year (Hive style), and the records table made
 * from the store's documents.record_json.
 */
final class SparkOutputs {
    private SparkOutputs() {
    }

    /** The output of {@code store} in {@code out} (created); {@code out}'s sibling {@code export} holds the export. */
    static Path layOut(SampleStore store, Path out) throws IOException, SQLException {
        Path export = out.resolveSibling(out.getFileName() + "-export");
        store.ok("export", "--format", "parquet", "--out", export.toString());
        Files.createDirectories(out.resolve("records"));
        for (String table : List.of("events", "participants", "statements", "meetings")) {
            Files.copy(export.resolve(table + ".parquet"), Files.createDirectories(out.resolve(table)).resolve("part-00000.parquet"));
        }
        sql("COPY (SELECT *, year(published) AS year FROM '" + export.resolve("documents.parquet") + "') TO '" + out.resolve("documents")
                        + "' (FORMAT PARQUET, PARTITION_BY (year))",
                "ATTACH '" + Path.of(store.dir(), "readout.duckdb") + "' AS a (READ_ONLY)",
                "COPY (SELECT id AS document_id, record_json FROM a.documents) TO '" + out.resolve("records/part-00000.parquet")
                        + "' (FORMAT PARQUET)");
        return out;
    }

    /** Runs statements on an in-memory DuckDB. */
    static void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
