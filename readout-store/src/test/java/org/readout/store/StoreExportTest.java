package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.SourceDocument;

/** The fact tables written as CSV, Parquet and JSON files, read back by DuckDB with their types; country names resolved to codes. */
class StoreExportTest {
    private static final List<String> TABLES = List.of("documents", "events", "participants", "statements", "meetings");

    @TempDir
    Path dir;

    @Test
    void eachTableIsOneFileHoldingEveryRow() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Fixtures.ingestAll(store, Fixtures.examples());
            StoreCounts counts = store.counts();

            for (TableFormat format : TableFormat.values()) {
                Path out = dir.resolve("out-" + format.extension());
                List<Path> files = store.exportTables(out, format);

                assertThat(files).extracting(f -> f.getFileName().toString())
                        .containsExactlyElementsOf(TABLES.stream().map(t -> t + "." + format.extension()).toList());
                String reader = reader(format);
                assertThat(count(reader, out.resolve("documents." + format.extension()))).isEqualTo(counts.documents());
                assertThat(count(reader, out.resolve("events." + format.extension()))).isEqualTo(counts.events());
                assertThat(count(reader, out.resolve("statements." + format.extension()))).isEqualTo(counts.statements());
                assertThat(count(reader, out.resolve("meetings." + format.extension()))).isEqualTo(counts.meetings());
                // every event names the meeting it is an account of
                assertThat(scalar("SELECT count(*) FROM " + reader + "('" + out.resolve("events." + format.extension())
                        + "') WHERE meeting_id IS NULL")).isZero();
            }
            assertThat(Files.readAllLines(dir.resolve("out-csv/statements.csv")).get(0))
                    .startsWith("document_id,statement_index,speaker,actor_id,country,kind,topics,text,date");
            assertThat(Files.readString(dir.resolve("out-csv/documents.csv"))).doesNotContain("record_json");
        }
    }

    @Test
    void listsDatesAndNumbersKeepTheirTypesInEveryFormat() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Fixtures.ingestAll(store, Fixtures.examples());
            for (TableFormat format : TableFormat.values()) {
                store.exportTables(dir.resolve(format.extension()), format);
            }
        }
        String columns = "document_id, statement_index, topics, date";
        List<List<Object>> parquet = rows("SELECT " + columns + " FROM " + table(TableFormat.PARQUET, "statements"));
        assertThat(parquet).hasSize(74);
        // CSV has no lists: a list is its JSON array, which DuckDB reads back as the list
        List<List<Object>> csv = rows("SELECT document_id, statement_index, topics::JSON::VARCHAR[] AS topics, date FROM "
                + table(TableFormat.CSV, "statements"));
        List<List<Object>> json = rows("SELECT " + columns + " FROM " + table(TableFormat.JSON, "statements"));
        assertThat(csv).isEqualTo(parquet);
        assertThat(json).isEqualTo(parquet);
        assertThat(parquet).anySatisfy(r -> assertThat(r).containsExactly("30ee25599d42a8bc25080be3ca5a3749823c58735a4567d420de2e70b97cc49b",
                3L, List.of("political_relations", "people_to_people"), LocalDate.parse("2023-07-13")));

        for (TableFormat format : TableFormat.values()) {
            Map<String, String> events = types(table(format, "events"));
            assertThat(events.get("countries")).as(format.name()).isEqualTo(format == TableFormat.CSV ? "VARCHAR" : "VARCHAR[]");
            assertThat(events.get("date")).as(format.name()).isEqualTo("DATE");
            assertThat(events.get("event_index")).as(format.name()).isIn("INTEGER", "BIGINT");
            Map<String, String> documents = types(table(format, "documents"));
            assertThat(documents.get("published")).as(format.name()).isEqualTo("DATE");
            assertThat(documents.get("seq")).as(format.name()).isEqualTo("BIGINT");
            assertThat(documents.get("ingested_at")).as(format.name()).isEqualTo("TIMESTAMP");
        }
        // the text, with its commas, quotes and line breaks, comes back whole from the CSV
        assertThat(text("SELECT count(*) FROM " + table(TableFormat.CSV, "documents") + " c JOIN "
                + table(TableFormat.PARQUET, "documents") + " p ON p.id = c.id AND p.text = c.text")).isEqualTo("5");
        assertThat(Files.readAllLines(dir.resolve("csv/events.csv")).get(1)).contains(",\"[\"\"CHN\"\",\"\"VNM\"\"]\",");
    }

    @Test
    void noColumnRepeatsAnotherAndNoOriginIsALocalPath() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Fixtures.ingestAll(store, Fixtures.examples()); // named by absolute paths
            store.exportTables(dir.resolve("out"), TableFormat.PARQUET);
        }
        assertThat(types("read_parquet('" + dir.resolve("out/events.parquet") + "')").keySet())
                .containsExactly("document_id", "event_index", "mode", "date", "city", "region", "country", "host", "occasion",
                        "countries", "evidence_start", "evidence_end", "meeting_id");
        assertThat(text("SELECT string_agg(origin, ',' ORDER BY origin) FROM read_parquet('" + dir.resolve("out/documents.parquet") + "')"))
                .isEqualTo(Fixtures.files(Fixtures.examples()).stream().map(f -> f.getFileName().toString()).sorted()
                        .collect(Collectors.joining(",")));
    }

    @Test
    void aDumpRowsOtherColumnsAreKeptWithItsDocumentAndExported() throws Exception {
        SourceDocument base = Fixtures.read(Fixtures.files(Fixtures.examples()).get(0));
        SourceDocument row = new SourceDocument("dump.jsonl#1", base.text(), null, "https://example.org/a", null, "Example News",
                Map.of("section", "world", "id", "a1"));
        try (Store store = Store.open(dir.resolve("store"))) {
            store.ingest(row, "dump.jsonl#1");
            Path out = dir.resolve("out");
            store.exportTables(out, TableFormat.PARQUET);

            assertThat(text("SELECT metadata->>'section' || ',' || (metadata->>'id') FROM read_parquet('"
                    + out.resolve("documents.parquet") + "')")).isEqualTo("world,a1");
            // in a JSON file the object itself, not a string holding it
            store.exportTables(out, TableFormat.JSON);
            assertThat(Files.readString(out.resolve("documents.json"))).contains("\"metadata\":{\"");
        }
    }

    @Test
    void anExportReplacesTheFilesOfAnEarlierOne() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Path out = dir.resolve("out");
            store.exportTables(out, TableFormat.PARQUET);
            assertThat(count("read_parquet", out.resolve("documents.parquet"))).isZero();

            Fixtures.ingestAll(store, Fixtures.examples());
            store.exportTables(out, TableFormat.PARQUET);
            assertThat(count("read_parquet", out.resolve("documents.parquet"))).isEqualTo(5);
        }
    }

    @Test
    void countriesAreNamedByCodeOrName() {
        try (Store store = Store.open(dir)) {
            assertThat(store.countryCode("Vietnam")).isEqualTo("VNM");
            assertThat(store.countryCode("vnm")).isEqualTo("VNM");
            assertThat(store.countryCode("China")).isEqualTo("CHN");
            assertThat(store.countryCode(null)).isNull();
            assertThatThrownBy(() -> store.countryCode("Atlantis")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Atlantis");
        }
    }

    private static String reader(TableFormat format) {
        return switch (format) {
            case CSV -> "read_csv";
            case PARQUET -> "read_parquet";
            case JSON -> "read_json";
        };
    }

    /** {@code read_FORMAT('DIR/FORMAT/TABLE.FORMAT')}. */
    private String table(TableFormat format, String table) {
        return reader(format) + "('" + dir.resolve(format.extension()).resolve(table + "." + format.extension()) + "')";
    }

    /** Each row's cells as Java values: a list column as a List, a DATE as a LocalDate, an integer as a Long. */
    private static List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); ResultSet rs = c.createStatement().executeQuery(sql + " ORDER BY 1, 2")) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(value(rs, i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object value(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v instanceof Array list) {
            return List.of((Object[]) list.getArray());
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue(); // CSV and JSON readers give BIGINT for an INTEGER column
        }
        return v instanceof java.sql.Date ? rs.getObject(column, LocalDate.class) : v;
    }

    /** Each column's DuckDB type as DuckDB reads the file, in the file's order. */
    private static Map<String, String> types(String from) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); ResultSet rs = c.createStatement().executeQuery("DESCRIBE SELECT * FROM " + from)) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return types;
    }

    private static long count(String reader, Path file) throws SQLException {
        return scalar("SELECT count(*) FROM " + reader + "('" + file + "')");
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
