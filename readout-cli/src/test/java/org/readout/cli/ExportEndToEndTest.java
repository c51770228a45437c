package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout export} of the founding documents in each format, read back as a user's tool would. */
class ExportEndToEndTest {
    private static final List<String> TABLES = List.of("documents", "events", "participants", "statements", "meetings");

    @TempDir
    static Path dir;

    private static SampleStore store;

    @BeforeAll
    static void storeTheExamples() {
        store = SampleStore.examples(dir);
    }

    @Test
    void jsonlIsOneRecordALine() throws Exception {
        Path out = dir.resolve("records.jsonl");
        assertThat(store.ok("export", "--format", "jsonl", "--out", out.toString()).outLines())
                .containsExactly("5 records in " + out);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        JsonNode jakarta = lines.stream().map(ExportEndToEndTest::parse)
                .filter(r -> r.get("doc").asText().equals(SampleStore.JAKARTA_2023)).findFirst().orElseThrow();
        assertThat(jakarta.get("events").get(0).get("location").get("city").asText()).isEqualTo("Jakarta");
        assertThat(store.ok("export", "--format", "jsonl").outLines()).hasSize(5);
    }

    @Test
    void csvIsAFileWithAHeaderPerTable() throws Exception {
        Path out = dir.resolve("csv");
        assertThat(store.ok("export", "--format", "csv", "--out", out.toString()).outLines()).singleElement().asString()
                .startsWith("5 files in " + out + ": documents.csv, events.csv");

        for (String table : TABLES) {
            assertThat(Files.readAllLines(out.resolve(table + ".csv")).get(0)).as(table).contains(",");
        }
        assertThat(Files.readAllLines(out.resolve("statements.csv")).get(0))
                .startsWith("document_id,statement_index,speaker,actor_id,country,kind,topics,text");
        assertThat(scalar("SELECT count(*) FROM read_csv('" + out.resolve("statements.csv") + "')")).isEqualTo("74");
        // a list is a JSON array in one quoted cell, which DuckDB casts back to the list
        assertThat(Files.readString(out.resolve("participants.csv"))).contains("\"[\"\"Director of the Central Foreign Affairs Office\"\"]\"");
        String participants = "read_csv('" + out.resolve("participants.csv") + "')";
        assertThat(scalar("SELECT typeof(roles::JSON::VARCHAR[]) || ' ' || typeof(event_index) FROM " + participants + " LIMIT 1"))
                .isEqualTo("VARCHAR[] BIGINT");
        assertThat(scalar("SELECT (roles::JSON::VARCHAR[])[1] FROM " + participants + " WHERE name = 'Wang Yi'"
                + " AND document_id LIKE '30ee2559%'")).isEqualTo("Director of the Central Foreign Affairs Office"); // Jakarta, 2023
        assertThat(scalar("SELECT typeof(date) FROM read_csv('" + out.resolve("events.csv") + "') LIMIT 1")).isEqualTo("DATE");
    }

    @Test
    void jsonIsAnArrayOfRowsPerTable() throws Exception {
        Path out = dir.resolve("json");
        assertThat(store.ok("export", "--format", "json", "--out", out.toString()).outLines()).singleElement().asString()
                .startsWith("5 files in " + out + ": documents.json, events.json");

        JsonNode events = Json.mapper().readTree(out.resolve("events.json").toFile());
        assertThat(events.isArray()).isTrue();
        assertThat(events).hasSize(5).anySatisfy(e -> {
            assertThat(e.get("date").asText()).isEqualTo("2023-07-13");
            assertThat(e.get("countries").toString()).isEqualTo("[\"CHN\",\"VNM\"]");
            assertThat(e.get("event_index").isInt()).isTrue();
        });
        assertThat(scalar("SELECT typeof(countries) || ' ' || typeof(date) FROM read_json('" + out.resolve("events.json") + "') LIMIT 1"))
                .isEqualTo("VARCHAR[] DATE");
    }

    @Test
    void parquetFilesAreReadBackByDuckDb() throws Exception {
        Path out = dir.resolve("parquet");
        store.ok("export", "--format", "parquet", "--out", out.toString());

        assertThat(TABLES).allMatch(t -> Files.isRegularFile(out.resolve(t + ".parquet")));
        // ingested as an absolute path: the folders above examples/ are not kept
        assertThat(scalar("SELECT count(*) FROM read_parquet('" + out.resolve("documents.parquet") + "') WHERE origin = 'examples/' || name"))
                .isEqualTo("5");
        assertThat(scalar("SELECT typeof(countries) || ' ' || typeof(date) || ' ' || typeof(event_index) FROM read_parquet('"
                + out.resolve("events.parquet") + "') LIMIT 1")).isEqualTo("VARCHAR[] DATE INTEGER");
        String events = "read_parquet('" + out.resolve("events.parquet") + "')";
        assertThat(scalar("SELECT city || ' ' || mode FROM " + events + " WHERE date = DATE '2023-07-13'"))
                .isEqualTo("Jakarta third_location");
        assertThat(scalar("SELECT count(*) FROM read_parquet('" + out.resolve("statements.parquet") + "')"
                + " WHERE speaker = 'Bui Thanh Son' AND country = 'VNM'")).isEqualTo("23"); // 7 + 9 + 3 + 4 in the four dated reports
        assertThat(scalar("SELECT count(DISTINCT e.meeting_id) FROM " + events + " e JOIN read_parquet('"
                + out.resolve("meetings.parquet") + "') m ON m.id = e.meeting_id")).isEqualTo("5");
    }

    @Test
    void aFolderFormatWithoutAFolderIsAUsageError() {
        Cli.Result r = store.run("export", "--format", "parquet");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--out DIR");
    }

    private static JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("not JSON: " + line, e);
        }
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
