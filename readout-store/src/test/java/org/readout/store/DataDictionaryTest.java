package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/data.md against the real schema: every column of every store table documented with its type,
 * in the table's order, and no documented column that is not there; the exported files' columns and
 * types as documented (less what the export leaves out, plus what it adds).
 */
class DataDictionaryTest {
    private static final String NOT_EXPORTED = "Not exported.";
    private static final String EXPORT_ONLY = "Export only.";

    @TempDir
    Path dir;

    /** A documented column: its name, type, and meaning. */
    record Column(String name, String type, String meaning) {
        String nameAndType() {
            return name + " " + type;
        }
    }

    @Test
    void everyStoreColumnIsDocumentedWithItsType() throws Exception {
        Map<String, List<Column>> documented = dictionary();
        try (Store store = Store.open(dir.resolve("store"))) {
            assertThat(store.check()).isEmpty(); // a new store: every migration applied
        }
        Map<String, List<String>> schema = new LinkedHashMap<>();
        try (Database db = Database.open(dir.resolve("store").resolve(Store.DATABASE_FILE), 0)) {
            db.read(c -> Sql.list(c, "SELECT table_name, column_name || ' ' || data_type FROM information_schema.columns"
                    + " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position",
                    rs -> schema.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2))));
        }

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(schema.keySet());
        for (Map.Entry<String, List<String>> table : schema.entrySet()) {
            assertThat(documented.get(table.getKey()).stream().filter(c -> !c.meaning().startsWith(EXPORT_ONLY)).map(Column::nameAndType))
                    .as(table.getKey()).containsExactlyElementsOf(table.getValue());
        }
    }

    @Test
    void everyExportedColumnIsDocumentedWithItsType() throws Exception {
        Map<String, List<Column>> documented = dictionary();
        Path out = dir.resolve("out");
        try (Store store = Store.open(dir.resolve("store"))) {
            Fixtures.ingestAll(store, Fixtures.examples());
            store.exportTables(out, TableFormat.PARQUET);
        }
        try (var files = Files.list(out)) {
            for (Path file : files.sorted().toList()) {
                String table = file.getFileName().toString().replace(".parquet", "");
                List<String> exported = new ArrayList<>();
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                        ResultSet rs = c.createStatement().executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
                    while (rs.next()) {
                        exported.add(rs.getString("column_name") + " " + rs.getString("column_type"));
                    }
                }
                assertThat(documented).as("a section for " + table).containsKey(table);
                assertThat(exported).as(table).containsExactlyElementsOf(documented.get(table).stream()
                        .filter(c -> !c.meaning().startsWith(NOT_EXPORTED)).map(Column::nameAndType).toList());
            }
        }
    }

    /** "## table" sections of docs/data.md and the rows of their "| column | type | meaning | example |" tables. */
    static Map<String, List<Column>> dictionary() throws IOException {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        String section = null;
        for (String line : Files.readAllLines(Fixtures.examples().resolveSibling("docs/data.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (section != null && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                tables.computeIfAbsent(section, s -> new ArrayList<>()).add(
                        new Column(cells[1].strip().replace("`", ""), cells[2].strip(), cells[3].strip()));
            }
        }
        return tables;
    }
}
