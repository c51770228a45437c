package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.Problem;
import org.readout.model.SourceDocument;

/**
 * Spark-style outputs made from a store of the three fixtures (documents/ from the store's documents, records/
 * from its record_json), read back by {@link ParquetOutput}: flat and by year, with what is bad in them told.
 */
class ParquetOutputTest {
    private static final String DOCUMENTS = "SELECT * EXCLUDE (record_json) FROM s.documents";
    private static final String RECORDS = "SELECT id AS document_id, record_json FROM s.documents";

    @TempDir
    static Path dir;

    /** What the store holds, in ingest order: what the output must give back. */
    private static List<DocumentInput> stored;

    @BeforeAll
    static void store() {
        SourceDocument cn = Fixtures.fixture("cn-account.txt");
        SourceDocument withMetadata = new SourceDocument(cn.id(), cn.text(), null, null, null, null, Map.of("section", "world"));
        try (Store store = Store.open(dir.resolve("store"))) {
            store.ingest(List.of(new DocumentInput(withMetadata, "feeds/cn-account.txt"),
                    new DocumentInput(Fixtures.fixture("vn-account.txt"), "vn-account.txt"),
                    new DocumentInput(Fixtures.fixture("other-call.txt"), null)));
            stored = new ArrayList<>();
            for (DocumentSummary d : store.documents(Page.first(10))) {
                StoredDocument doc = store.document(d.id()).orElseThrow();
                Map<String, String> metadata = doc.record().doc().equals("cn-account.txt") ? Map.of("section", "world") : Map.of();
                stored.add(new DocumentInput(new SourceDocument(doc.record().doc(), doc.text(), null, null, null, null, metadata),
                        doc.origin(), doc.record()));
            }
        }
    }

    @Test
    void aFlatOutputGivesEachDocumentWithItsRecordInOrder() throws Exception {
        Path out = layOut("flat", DOCUMENTS, RECORDS);

        try (ParquetOutput output = ParquetOutput.open(out)) {
            List<ParquetOutput.Bad> bad = new ArrayList<>();
            ParquetOutput.Check check = output.check(bad::add);
            assertThat(bad).isEmpty();
            assertThat(check).isEqualTo(new ParquetOutput.Check(3, Map.of()));
            assertThat(read(output)).containsExactlyElementsOf(stored);
        }
        assertThat(stored).extracting(DocumentInput::origin).containsExactly("feeds/cn-account.txt", "vn-account.txt", null);
    }

    @Test
    void aLargerOutputIsJoinedARangeOfIdsAtATimeAndGivesTheSame() throws Exception {
        Path out = layOut("ranges", DOCUMENTS, RECORDS);

        try (ParquetOutput output = ParquetOutput.open(out, 1_000)) {
            assertThat(output.buckets()).hasSizeGreaterThan(3);
            assertThat(output.check(bad -> { throw new AssertionError(bad.toString()); })).isEqualTo(new ParquetOutput.Check(3, Map.of()));
            assertThat(read(output)).containsExactlyInAnyOrderElementsOf(stored);
        }
    }

    @Test
    void rangesOfIdsTakeEveryIdOnce() {
        List<ParquetOutput.Bucket> buckets = ParquetOutput.Bucket.split(7);
        assertThat(buckets).hasSize(7);
        assertThat(buckets.get(0).from()).isNull();
        assertThat(buckets.get(6).to()).isNull();
        for (int i = 1; i < 7; i++) {
            assertThat(buckets.get(i).from()).isEqualTo(buckets.get(i - 1).to()).hasSize(4);
            assertThat(buckets.get(i).from()).isGreaterThan(buckets.get(i - 1).from() == null ? "" : buckets.get(i - 1).from());
        }
        assertThat(buckets.get(3).rows("records", "document_id")).isEqualTo("(SELECT * FROM records WHERE document_id IS NOT NULL AND document_id >= ? AND document_id < ?)");
        assertThat(buckets.get(3).parameters()).containsExactly("6db6", "9249", "6db6", "9249");
        assertThat(ParquetOutput.Bucket.split(1)).singleElement().satisfies(b -> {
            assertThat(b.rows("documents", "id")).isEqualTo("(SELECT * FROM documents WHERE id IS NOT NULL)");
            assertThat(b.parameters()).isEmpty();
        });
    }

    @Test
    void anOutputByYearReadsTheSameAndWhatHadoopHidesIsLeftOut() throws Exception {
        Path out = Files.createDirectories(dir.resolve("by-year"));
        // the third document's year unknown: Spark's __HIVE_DEFAULT_PARTITION__
        String year = "CASE WHEN seq = 3 THEN NULL ELSE year(published) END AS year";
        sql("COPY (SELECT *, " + year + " FROM (" + DOCUMENTS + ")) TO '" + out.resolve("documents") + "' (FORMAT PARQUET, PARTITION_BY (year))",
                "COPY (SELECT id AS document_id, record_json, " + year + " FROM s.documents) TO '" + out.resolve("records")
                        + "' (FORMAT PARQUET, PARTITION_BY (year))");
        assertThat(out.resolve("documents/year=__HIVE_DEFAULT_PARTITION__")).isDirectory();
        // a failed task's leftovers and Hadoop's marker and checksum files, none of them Parquet that can be read
        Files.writeString(Files.createDirectories(out.resolve("documents/_temporary/0")).resolve("part-00009.parquet"), "not Parquet");
        Files.writeString(out.resolve("records/_SUCCESS"), "");
        Files.writeString(out.resolve("records/.part-00000.parquet"), "not Parquet");

        try (ParquetOutput output = ParquetOutput.open(out)) {
            assertThat(output.check(bad -> { throw new AssertionError(bad.toString()); })).isEqualTo(new ParquetOutput.Check(3, Map.of()));
            assertThat(read(output)).containsExactlyElementsOf(stored);
        }
    }

    @Test
    void aFolderThatIsNotSuchAnOutputIsRefusedSayingWhatIsMissing() throws Exception {
        Path noRecords = layOut("no-records", DOCUMENTS, null);
        assertThatThrownBy(() -> ParquetOutput.open(noRecords)).isInstanceOf(ParquetOutput.Unreadable.class)
                .hasMessage(noRecords + ": no records/ folder: a Spark output holds documents/ and records/, each a folder of Parquet files");

        Path empty = layOut("empty-records", DOCUMENTS, null);
        Files.createDirectories(empty.resolve("records/year=2024"));
        assertThatThrownBy(() -> ParquetOutput.open(empty)).hasMessage(empty.resolve("records") + ": no Parquet files in it");

        Path noText = layOut("no-text", "SELECT * EXCLUDE (record_json, text) FROM s.documents", RECORDS);
        assertThatThrownBy(() -> ParquetOutput.open(noText)).hasMessageStartingWith(noText.resolve("documents") + ": no column text (has id, ");
    }

    @Test
    void eachBadRowIsToldAndNothingIsGiven() throws Exception {
        String zeros = "'" + "0".repeat(64) + "'";
        Path out = layOut("bad",
                // first: an id that is not its text's hash; third: metadata not an object; a document without a record, one without an id
                "SELECT * REPLACE (CASE WHEN seq = 1 THEN " + zeros + " ELSE id END AS id, CASE WHEN seq = 3 THEN '[1]' ELSE metadata END AS metadata)"
                        + " FROM (" + DOCUMENTS + ") UNION ALL SELECT * REPLACE ('d' AS id, 9 AS seq) FROM (" + DOCUMENTS + ") WHERE seq = 1"
                        + " UNION ALL SELECT * REPLACE (NULL AS id, 11 AS seq) FROM (" + DOCUMENTS + ") WHERE seq = 2",
                // second: a record without its lists; a record without a document, one without a document_id
                "SELECT CASE WHEN seq = 1 THEN " + zeros + " ELSE id END AS document_id,"
                        + " CASE WHEN seq = 2 THEN '{\"doc\":\"vn-account.txt\"}' ELSE record_json END AS record_json FROM s.documents"
                        + " UNION ALL SELECT 'r', record_json FROM s.documents WHERE seq = 1"
                        + " UNION ALL SELECT NULL, record_json FROM s.documents WHERE seq = 3");

        for (long bucketBytes : new long[] {ParquetOutput.BUCKET_BYTES, 1_000}) {
            try (ParquetOutput output = ParquetOutput.open(out, bucketBytes)) {
                assertBadRowsTold(output, out);
            }
        }
    }

    private static void assertBadRowsTold(ParquetOutput output, Path out) {
        List<ParquetOutput.Bad> bad = new ArrayList<>();
        assertThat(output.check(bad::add).documents()).isEqualTo(5);
        assertThat(bad).extracting(b -> b.problem().code() + " " + b.documentId() + " " + b.origin())
                .containsExactlyInAnyOrder("no_record d feeds/cn-account.txt", "no_document r null",
                        "no_record null vn-account.txt", "no_document null null",
                        "bad_id " + "0".repeat(64) + " feeds/cn-account.txt",
                        "bad_record " + ContentHash.of(stored.get(1).document().text()) + " vn-account.txt",
                        "bad_metadata " + ContentHash.of(stored.get(2).document().text()) + " null");
        assertThat(bad).allMatch(b -> b.problem().severity() == Problem.Severity.ERROR);
        assertThat(bad).filteredOn(b -> b.problem().code().equals("bad_id")).singleElement().extracting(b -> b.problem().message())
                .isEqualTo("the id is not the SHA-256 of the text (" + ContentHash.of(stored.get(0).document().text()) + ")");
        assertThat(bad).filteredOn(b -> b.problem().code().equals("bad_record")).singleElement().extracting(b -> b.problem().message())
                .asString().startsWith("record_json cannot be read as a record: ");
        assertThatThrownBy(() -> read(output)).isInstanceOf(ParquetOutput.Unreadable.class).hasMessageContaining(out.toString());
    }

    @Test
    void recordsOfOtherVersionsAreCountedByVersion() throws Exception {
        Path out = layOut("old", DOCUMENTS, "SELECT id AS document_id, CASE seq"
                + " WHEN 1 THEN regexp_replace(record_json, '\"extractorVersion\":\"[^\"]*\"', '\"extractorVersion\":\"0.0.1\"')"
                + " WHEN 2 THEN regexp_replace(record_json, '\"provenance\":\\{[^}]*\\}', '\"provenance\":null')"
                + " ELSE record_json END AS record_json FROM s.documents");

        try (ParquetOutput output = ParquetOutput.open(out)) {
            assertThat(output.check(bad -> { throw new AssertionError(bad.toString()); }).otherVersions())
                    .isEqualTo(Map.of("0.0.1", 1L, "unknown", 1L));
            assertThat(read(output).get(0).record().provenance().extractorVersion()).isEqualTo("0.0.1");
        }
    }

    @Test
    void aTextGivenTwiceComesForEachOfItsRowsWithThatRowsRecord() throws Exception {
        // a second file with the first one's text: its own name, origin and record (which sorts first)
        String copy = "'a-copy.txt'";
        Path out = layOut("twice", DOCUMENTS + " UNION ALL SELECT * REPLACE (10 AS seq, " + copy + " AS name, " + copy + " AS origin)"
                        + " FROM (" + DOCUMENTS + ") WHERE seq = 1",
                RECORDS + " UNION ALL SELECT id, replace(record_json, '\"doc\":\"cn-account.txt\"', '\"doc\":\"a-copy.txt\"')"
                        + " FROM s.documents WHERE seq = 1");

        try (ParquetOutput output = ParquetOutput.open(out)) {
            assertThat(output.check(bad -> { throw new AssertionError(bad.toString()); }).documents()).isEqualTo(4);
            List<DocumentInput> inputs = read(output);
            assertThat(inputs.subList(0, 3)).containsExactlyElementsOf(stored);
            assertThat(inputs.get(3).origin()).isEqualTo("a-copy.txt");
            assertThat(inputs.get(3).record().doc()).isEqualTo("a-copy.txt");
            assertThat(inputs.get(3).document().text()).isEqualTo(stored.get(0).document().text());
        }
        try (ParquetOutput output = ParquetOutput.open(out, 1_000)) {
            assertThat(read(output)).filteredOn(in -> in.document().text().equals(stored.get(0).document().text()))
                    .extracting(in -> in.origin() + " " + in.record().doc())
                    .containsExactly("feeds/cn-account.txt cn-account.txt", "a-copy.txt a-copy.txt");
        }
    }

    private static List<DocumentInput> read(ParquetOutput output) {
        List<DocumentInput> inputs = new ArrayList<>();
        output.forEach(inputs::add);
        return inputs;
    }

    /** A flat output in {@code dir/name}: documents/ and (unless null) records/, each one part file filled by its query. */
    private static Path layOut(String name, String documents, String records) throws SQLException, IOException {
        Path out = dir.resolve(name);
        Files.createDirectories(out.resolve("documents"));
        List<String> statements = new ArrayList<>(List.of(
                "COPY (" + documents + ") TO '" + out.resolve("documents/part-00000.parquet") + "' (FORMAT PARQUET)"));
        if (records != null) {
            Files.createDirectories(out.resolve("records"));
            statements.add("COPY (" + records + ") TO '" + out.resolve("records/part-00000.parquet") + "' (FORMAT PARQUET)");
        }
        sql(statements.toArray(String[]::new));
        return out;
    }

    /** Runs statements with the store's database attached as {@code s}. */
    private static void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + dir.resolve("store").resolve(Store.DATABASE_FILE) + "' AS s (READ_ONLY)");
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
