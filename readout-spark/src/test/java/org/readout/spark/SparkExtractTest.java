package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.spark.ExportComparison.READER;
import static org.readout.spark.ExportComparison.job;
import static org.readout.spark.ExportComparison.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.extract.Readout;
import org.readout.model.ReadoutRecord;

/**
 * The five sample documents through Spark on local[2], read back with DuckDB: the same records as
 * {@link Readout#extract} gives, the same tables, column types and rows (meetings among them) as
 * {@code readout export --format parquet} of a store that ingested the same files, and the same GDELT and PLOVER events.
 */
class SparkExtractTest {
    @TempDir
    static Path dir;
    private static Readout readout;
    private static ExportComparison export;

    @BeforeAll
    static void extractWithSparkAndWithTheStore() throws IOException {
        readout = Readout.create();
        try (SparkSession spark = session()) {
            new ReadoutJob(readout, READER, true, EnumSet.allOf(Output.class)).run(spark, ExportComparison.examples().toString(), output().toString(), 2);
        }
        export = ExportComparison.of(ExportComparison.examples(), dir, readout);
    }

    @Test
    void theOutputHoldsTheRecordsTablesAndCodedEventsOfTheStore() throws SQLException, IOException {
        export.assertSameOutput(output());
    }

    @Test
    void theOutputLoadedBackIntoAStoreIsTheStoreThatIngestedTheFiles() throws SQLException {
        export.assertSameStoreFrom(output(), dir.resolve("reloaded"));
    }

    @Test
    void eachPartitionNumbersItsDocumentsApart() throws SQLException {
        assertThat(rows("SELECT count(DISTINCT seq) = count(*), count(DISTINCT seq >> 33) FROM " + job(output(), "documents")))
                .containsExactly("true\t2");
    }

    @Test
    void eventsAndStatementsAreThoseReadoutExtracts() throws SQLException, IOException {
        Map<String, String> expected = new TreeMap<>();
        for (Path file : ExportComparison.files(ExportComparison.examples())) {
            READER.read(file, d -> {
                ReadoutRecord r = readout.extract(d.result().document());
                expected.put(r.doc(), r.events().size() + " events, " + r.statements().size() + " statements");
            });
        }
        assertThat(expected.values()).anyMatch(v -> !v.startsWith("0 events"));
        Map<String, String> written = new TreeMap<>();
        for (String row : rows("SELECT d.name || '|' || (SELECT count(*) FROM " + job(output(), "events")
                + " e WHERE e.document_id = d.id) || ' events, ' || (SELECT count(*) FROM " + job(output(), "statements")
                + " s WHERE s.document_id = d.id) || ' statements' FROM " + job(output(), "documents") + " d")) {
            written.put(row.substring(0, row.indexOf('|')), row.substring(row.indexOf('|') + 1));
        }
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void whatCannotBeReadOrReportsNoInteractionIsSkippedWithItsReasonAndTheRestIsExtracted() throws IOException, SQLException {
        Path input = Files.createDirectories(dir.resolve("mixed"));
        Path sample = ExportComparison.files(ExportComparison.examples()).get(0);
        Files.copy(sample, input.resolve(sample.getFileName()));
        Files.writeString(input.resolve("match.txt"), "The home side won 3-1 on Saturday. The second goal came from a corner"
                + " in the 70th minute, and the crowd stayed long after the whistle.\n");
        Files.write(input.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        Files.writeString(input.resolve("empty.txt"), "");
        Path output = dir.resolve("mixed-out");

        try (SparkSession spark = session()) {
            new ReadoutJob(readout, READER, true, EnumSet.allOf(Output.class)).run(spark, input.toString(), output.toString(), 2);
        }

        assertThat(rows("SELECT name FROM " + job(output, "documents"))).containsExactly(sample.getFileName().toString());
        assertThat(rows("SELECT regexp_extract(name, '[^/]+$'), reason FROM read_parquet('" + output.resolve("skipped")
                + "/*.parquet') ORDER BY 1")).hasSize(3).satisfies(skipped -> {
                    assertThat(skipped.get(0)).startsWith("empty.txt\t");
                    assertThat(skipped.get(1)).startsWith("image.png\t");
                    assertThat(skipped.get(2)).isEqualTo("match.txt\t" + PartitionExtractor.NO_INTERACTION);
                });
    }

    @Test
    void onlyTheOutputsAskedForAreWrittenAndNoTableOfAnEarlierRunIsLeft() throws IOException, SQLException {
        Path output = dir.resolve("records-and-gdelt");
        Files.createDirectories(output.resolve("documents"));
        try (SparkSession spark = session()) {
            new ReadoutJob(readout, READER, true, EnumSet.of(Output.RECORDS, Output.GDELT))
                    .run(spark, ExportComparison.examples().toString(), output.toString(), 2);
        }
        assertThat(ExportComparison.files(output)).map(p -> p.getFileName().toString()).containsExactly("gdelt", "records", "skipped");
        export.assertSameRecords(output);
        export.assertSameGdelt(output);
    }

    private static SparkSession session() {
        return ReadoutJob.configure(SparkSession.builder().master("local[2]").appName("readout-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")).getOrCreate();
    }

    private static Path output() {
        return dir.resolve("spark");
    }
}
