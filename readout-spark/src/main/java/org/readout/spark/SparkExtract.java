package org.readout.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.readout.extract.Readout;
import org.readout.extract.ReadoutConfig;
import org.readout.input.InputLimits;
import org.readout.input.InputOptions;
import org.readout.input.InputReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.readout.spark.SparkExtract readout-spark.jar [OPTIONS] INPUT OUTPUT}: the files
 * under INPUT (any Hadoop path) extracted, merged into meetings and written as Readout's tables under OUTPUT.
 */
@Command(name = "readout-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract every document under INPUT (any Hadoop path: a folder, hdfs://, s3a://) on Spark, merge the",
            "meetings, and write Readout's tables under OUTPUT as Parquet partitioned by year, with GDELT and PLOVER events.",
            "Formats are told by content, as on the command line: text, HTML, PDF, feeds, WARC, JSON Lines, CSV, archives."})
public final class SparkExtract implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "A file or folder, read recursively (names starting with . or _ left out).")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "The output folder; the tables in it are replaced.")
    String output;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Extraction tasks the files are dealt to, in name order. Default: one per 5,000 files, at least two per core.")
    int partitions;

    @Option(names = "--outputs", split = ",", paramLabel = "OUTPUT", defaultValue = "documents,events,participants,statements,meetings,records,gdelt,plover",
            description = {"What to write, comma-separated: documents, events, participants, statements, meetings, records, gdelt, plover.",
                "Default: all. readout ingest --parquet needs documents and records; meetings are merged only for events, meetings, gdelt and plover."})
    Set<Output> outputs;

    @Option(names = "--keep-all", description = "Extract every document, also those the pre-filter finds no interaction in (they are then in the tables with no events).")
    boolean keepAll;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A folder of knowledge files that replace the bundled ones; it must be at this path on every node.")
    Path knowledge;

    @Option(names = "--max-bytes", defaultValue = "5242880", paramLabel = "BYTES", description = "Largest document read. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--text-column", paramLabel = "NAME", description = "A dump's text column. Default: text, content or body.")
    String textColumn;

    @Option(names = "--date-column", paramLabel = "NAME", description = "A dump's date column. Default: date or published.")
    String dateColumn;

    @Option(names = "--url-column", paramLabel = "NAME", description = "A dump's URL column. Default: url or link.")
    String urlColumn;

    @Option(names = "--title-column", paramLabel = "NAME", description = "A dump's title column. Default: title or headline.")
    String titleColumn;

    @Option(names = "--site-column", paramLabel = "NAME", description = "A dump's outlet column. Default: source, outlet or site.")
    String siteColumn;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command, outputs named in any case. */
    static CommandLine commandLine() {
        return new CommandLine(new SparkExtract()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() throws IOException {
        Readout readout = Readout.create(knowledge == null ? ReadoutConfig.defaults() : ReadoutConfig.withKnowledge(knowledge));
        InputReader reader = new InputReader(new InputLimits(maxBytes), columns());
        try (SparkSession spark = ReadoutJob.configure(SparkSession.builder().appName("readout")).getOrCreate()) {
            new ReadoutJob(readout, reader, !keepAll, outputs).run(spark, input, output, partitions);
        }
        return 0;
    }

    private InputOptions columns() {
        InputOptions o = InputOptions.defaults();
        o = textColumn == null ? o : o.withTextColumn(textColumn);
        o = dateColumn == null ? o : o.withDateColumn(dateColumn);
        o = urlColumn == null ? o : o.withUrlColumn(urlColumn);
        o = titleColumn == null ? o : o.withTitleColumn(titleColumn);
        return siteColumn == null ? o : o.withSiteColumn(siteColumn);
    }
}
