package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readout ingest --parquet}: a store A made by {@code readout ingest} of the examples and the two accounts of
 * one meeting, exported as Parquet and laid out as readout-spark writes its output (documents by year, a records
 * table from A's record_json), stored into B without extraction: B holds what A holds.
 */
class ParquetIngestEndToEndTest {
    /** The store's tables (of documents, all columns but seq and ingested_at, which differ between any two ingests). */
    private static final List<String> TABLES = List.of("documents", "events", "participants", "statements",
            "meetings", "meeting_accounts", "meeting_conflicts", "actors", "actor_spellings");

    @TempDir
    static Path dir;

    private static SampleStore a;
    private static Path output;

    @BeforeAll
    static void storeAndLayOut() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (Path source : Stream.of("examples", "readout-cli/src/test/resources/fixtures")
                .flatMap(d -> texts(Cli.repositoryRoot().resolve(d)).stream()).toList()) {
            Files.copy(source, corpus.resolve(source.getFileName()));
        }
        a = SampleStore.of(Files.createDirectories(dir.resolve("a")), corpus);
        output = SparkOutputs.layOut(a, dir.resolve("output"));
    }

    @Test
    void storesWhatIngestStoresWithoutExtractingAgain() throws Exception {
        assertThat(Files.list(output.resolve("documents")).map(p -> p.getFileName().toString()))
                .contains("year=2021", "year=2023", "year=2024", "year=__HIVE_DEFAULT_PARTITION__");
        SampleStore b = new SampleStore(dir.resolve("b").toString());

        String stored = Cli.run("ingest", "--store", a.dir(), dir.resolve("corpus").toString()).outLines().get(0);
        assertThat(stored).startsWith("0 new, 7 unchanged, 0 failed; store: 7 documents");
        String store = stored.substring(stored.indexOf("; store: "));
        Cli.Result first = b.ok("ingest", "--parquet", output.toString());
        assertThat(first.outLines()).containsExactly("7 new, 0 unchanged, 0 failed" + store);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + Path.of(a.dir(), "readout.duckdb") + "' AS a (READ_ONLY)");
            s.execute("ATTACH '" + Path.of(b.dir(), "readout.duckdb") + "' AS b (READ_ONLY)");
            for (String table : TABLES) {
                String inA = "SELECT " + (table.equals("documents") ? "* EXCLUDE (seq, ingested_at)" : "*") + " FROM a." + table;
                String inB = inA.replace(" FROM a.", " FROM b.");
                assertThat(count(s, "(" + inA + ") EXCEPT ALL (" + inB + ")") + count(s, "(" + inB + ") EXCEPT ALL (" + inA + ")"))
                        .as(table).isZero();
                assertThat(count(s, inB)).as(table).isEqualTo(count(s, inA));
            }
            assertThat(count(s, "SELECT * FROM b.meeting_conflicts")).as("the two Hanoi accounts disagree on the date").isPositive();
        }

        assertThat(b.ok("meetings", "--format", "json").out()).isEqualTo(a.ok("meetings", "--format", "json").out());
        String hanoi = a.meetingOn("2024-12-05");
        assertThat(b.ok("meeting", hanoi).out()).isEqualTo(a.ok("meeting", hanoi).out()).contains("Vietnam News Agency (VNM)");
        for (String[] search : List.of(new String[] {"railway"}, new String[] {"--type", "statement", "South China Sea"},
                new String[] {"--speaker", "Bui Thanh Son", "cooperation"})) {
            List<String> args = Stream.concat(Stream.of("--format", "json"), Stream.of(search)).toList();
            assertThat(b.ok("search", args.toArray(String[]::new)).out()).isEqualTo(a.ok("search", args.toArray(String[]::new)).out())
                    .contains("documentId");
        }
        assertThat(b.ok("check").outLines()).last().isEqualTo("ok");

        Cli.Result second = b.ok("ingest", "--parquet", output.toString());
        assertThat(second.outLines()).containsExactly("0 new, 7 unchanged, 0 failed" + store);
    }

    @Test
    void aFolderThatIsNotASparkOutputIsRefusedAndNoStoreIsMade() {
        Path store = dir.resolve("none");
        Cli.Result r = Cli.run("ingest", "--store", store.toString(), "--parquet", dir.resolve("output-export").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(r.readoutErrLines()).singleElement().asString()
                .isEqualTo("readout: " + dir.resolve("output-export") + ": no documents/ folder: a Spark output holds documents/ and records/,"
                        + " each a folder of Parquet files");
        assertThat(store).doesNotExist();
    }

    @Test
    void aBadRowIsNamedAndNothingIsStored() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.createDirectories(bad.resolve("records"));
        String documents = "'" + output.resolve("documents") + "/*/*.parquet'";
        String records = "'" + output.resolve("records/part-00000.parquet") + "'";
        // the first document's id replaced in both tables; the second's record cut short
        SparkOutputs.sql("CREATE TABLE ids AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM read_parquet(" + documents + ")",
                "COPY (SELECT d.* REPLACE (CASE WHEN n = 1 THEN repeat('0', 64) ELSE d.id END AS id) FROM read_parquet(" + documents
                        + ", hive_partitioning = true) d JOIN ids USING (id)) TO '" + bad.resolve("documents") + "' (FORMAT PARQUET, PARTITION_BY (year))",
                "COPY (SELECT CASE WHEN n = 1 THEN repeat('0', 64) ELSE document_id END AS document_id,"
                        + " CASE WHEN n = 2 THEN left(record_json, 40) ELSE record_json END AS record_json"
                        + " FROM read_parquet(" + records + ") r JOIN ids ON ids.id = r.document_id) TO '"
                        + bad.resolve("records/part-00000.parquet") + "' (FORMAT PARQUET)");
        SampleStore store = new SampleStore(dir.resolve("c").toString());

        Cli.Result r = store.run("ingest", "--parquet", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(r.outLines()).isEmpty();
        assertThat(r.readoutErrLines()).hasSize(4);
        assertThat(r.readoutErrLines().subList(0, 2)).anyMatch(l -> l.contains("(document " + "0".repeat(64) + "): the id is not the SHA-256 of the text ("))
                .anyMatch(l -> l.contains(": record_json cannot be read as a record: Unexpected end-of-input"));
        assertThat(r.readoutErrLines().get(2)).isEqualTo("readout: " + bad + ": nothing stored: a row above cannot be stored as it is"
                + " (fix or drop it, and run again)");
        assertThat(r.readoutErrLines().get(3)).isEqualTo("readout: 7 documents, 2 failed (bad_id 1, bad_record 1)");
        assertThat(Path.of(store.dir())).doesNotExist();

        Cli.Result first = store.run("ingest", "--fail-fast", "--parquet", bad.toString());
        assertThat(first.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(first.readoutErrLines()).hasSize(2).last().isEqualTo("readout: stopped at the first failure (--fail-fast); nothing stored");
        assertThat(Path.of(store.dir())).doesNotExist();
    }

    @Test
    void recordsOfAnotherVersionAreStoredWithTheirProvenance() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old"));
        Files.createDirectories(old.resolve("records"));
        SparkOutputs.sql("COPY (SELECT document_id, regexp_replace(record_json, '\"extractorVersion\":\"[^\"]*\"', '\"extractorVersion\":\"0.0.1\"')"
                + " AS record_json FROM '" + output.resolve("records/part-00000.parquet") + "') TO '" + old.resolve("records/part-00000.parquet")
                + "' (FORMAT PARQUET)");
        copyFolder(output.resolve("documents"), old.resolve("documents"));
        SampleStore store = new SampleStore(dir.resolve("d").toString());

        Cli.Result r = store.ok("ingest", "--parquet", old.toString());
        assertThat(r.outLines()).singleElement().asString().startsWith("7 new, 0 unchanged, 0 failed; store: 7 documents");
        assertThat(r.readoutErrLines()).anySatisfy(l -> assertThat(l).startsWith("readout: " + old
                + ": warning: 7 records were extracted by Readout 0.0.1, not by this build (").endsWith(
                "): stored as extracted, each keeping its extractor version"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + Path.of(store.dir(), "readout.duckdb") + "' AS d (READ_ONLY)");
            assertThat(count(s, "SELECT * FROM d.documents WHERE extractor_version = '0.0.1'"
                    + " AND record_json LIKE '%\"extractorVersion\":\"0.0.1\"%'")).isEqualTo(7);
        }
    }

    @Test
    void pathsAndParquetTogetherOrNeitherOrFileOptionsAreUsageErrors() {
        String store = dir.resolve("e").toString();
        Cli.Result both = Cli.run("ingest", "--store", store, "--parquet", output.toString(), "examples");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("give PATHs to extract or --parquet DIR to store a Spark output's records, not both");
        Cli.Result neither = Cli.run("ingest", "--store", store);
        assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(neither.err()).contains("give PATHs to extract, or --parquet DIR");
        Cli.Result columns = Cli.run("ingest", "--store", store, "--parquet", output.toString(), "--text-column", "body", "--max-bytes", "9");
        assertThat(columns.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(columns.err()).contains("--max-bytes, --text-column read files: --parquet stores records already extracted");
        assertThat(Path.of(store)).doesNotExist();
    }

    private static long count(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + query + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The text files of a folder. */
    private static List<Path> texts(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
