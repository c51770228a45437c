package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Iterator;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readout.extract.Readout;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.synthetic.SyntheticCorpus;
import org.readout.synthetic.SyntheticDocument;

/**
 * Corpora bigger than the sample through Spark on local[2], held to a store that ingested the same files in
 * batches: the development corpora beside the repository (../shared), and 20,000 generated documents,
 * several reports to a meeting, so that meetings are merged across the job's partitions.
 */
class CorpusComparisonTest {
    private static final int GENERATED = 20_000;
    private static Readout readout;
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        readout = Readout.create();
        spark = ReadoutJob.configure(SparkSession.builder().master("local[2]").appName("readout-corpus-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")).getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus", "corpus-wide", "corpus-ml"})
    void theDevelopmentCorpora(String name, @TempDir Path dir) throws IOException, SQLException {
        Path corpus = ExportComparison.examples().getParent().resolveSibling("shared").resolve(name).resolve("docs");
        assumeThat(corpus).as("the shared corpora beside the repository").isDirectory();
        assertSameAsTheStore(corpus, dir, 4);
    }

    @Test
    void twentyThousandGeneratedDocuments(@TempDir Path dir) throws IOException, SQLException {
        Path corpus = Files.createDirectory(dir.resolve("generated"));
        Iterator<SyntheticDocument> documents = new SyntheticCorpus(KnowledgeLoader.load(null)).documents(GENERATED, 42).iterator();
        while (documents.hasNext()) {
            SyntheticDocument d = documents.next();
            Files.writeString(corpus.resolve(d.name()), d.text());
        }
        assertSameAsTheStore(corpus, dir, 8);
        assertThat(ExportComparison.rows("SELECT count(*) > " + GENERATED / 4 + ", count(*) < " + GENERATED
                + " FROM " + ExportComparison.job(dir.resolve("spark"), "meetings"))).as("reports merged").containsExactly("true\ttrue");
    }

    private static void assertSameAsTheStore(Path corpus, Path dir, int partitions) throws IOException, SQLException {
        new ReadoutJob(readout, ExportComparison.READER, true, EnumSet.allOf(Output.class)).run(spark, corpus.toString(), dir.resolve("spark").toString(), partitions);
        ExportComparison.of(corpus, dir, readout).assertSameOutput(dir.resolve("spark"));
    }
}
