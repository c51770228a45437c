package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.readout.input.InputLimits;
import org.readout.input.InputReader;
import org.readout.store.Store;
import org.readout.store.TableFormat;

/**
 * What the job's tables are held to: the repository's examples/ ingested into a store and exported by
 * {@code readout export --format parquet}'s code, both read back with DuckDB.
 */
final class ExportComparison {
    static final InputReader READER = new InputReader(InputLimits.defaults());
    /** Table to the columns that differ by design: ingest order and time, and the merged meeting (not yet on Spark). */
    static final Map<String, String> DIFFERING = Map.of("documents", "seq, ingested_at", "events", "meeting_id",
            "participants", "", "statements", "");

    private final Path export;

    private ExportComparison(Path export) {
        this.export = export;
    }

    /** Ingests examples/ into a store under {@code dir} and exports its tables there. */
    static ExportComparison ofExamples(Path dir) throws IOException {
        try (Store store = Store.open(dir.resolve("store"))) {
            for (Path file : files()) {
                READER.read(file, d -> store.ingest(d.result().document(), d.name()));
            }
            store.exportTables(dir.resolve("export"), TableFormat.PARQUET);
        }
        return new ExportComparison(dir.resolve("export"));
    }

    /** Asserts that each of the job's tables under {@code output} has the export's columns, types and rows. */
    void assertSameTables(Path output) throws SQLException {
        for (Map.Entry<String, String> table : DIFFERING.entrySet()) {
            String name = table.getKey();
            assertThat(rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + job(output, name) + ")"))
                    .as(name).containsExactlyElementsOf(rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
                            + exported(name) + ")"));
            String except = table.getValue().isEmpty() ? "" : " EXCLUDE (" + table.getValue() + ")";
            List<String> exported = rows("SELECT *" + except + " FROM " + exported(name) + " ORDER BY ALL");
            assertThat(exported).as(name).isNotEmpty();
            assertThat(rows("SELECT *" + except + " FROM " + job(output, name) + " ORDER BY ALL"))
                    .as(name).containsExactlyElementsOf(exported);
        }
    }

    /** The job's table as DuckDB reads it: a folder of Parquet parts. */
    static String job(Path output, String table) {
        return "read_parquet('" + output.resolve(table) + "/*.parquet')";
    }

    private String exported(String table) {
        return "read_parquet('" + export.resolve(table + ".parquet") + "')";
    }

    /** Each row as its columns' text joined by tabs. */
    static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("\t", values));
            }
        }
        return rows;
    }

    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(examples())) {
            return files.sorted().toList();
        }
    }
}
