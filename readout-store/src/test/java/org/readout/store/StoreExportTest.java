package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.SourceDocument;

/** The fact tables written as CSV and Parquet files, read back by DuckDB; country names resolved to codes. */
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
                String reader = format == TableFormat.CSV ? "read_csv" : "read_parquet";
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
