package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.readout.input.DecodeResult;
import org.readout.input.InputDocument;
import org.readout.input.InputLimits;
import org.readout.store.DocumentInput;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code readout ingest}: extracts each document and keeps its record in the store, or, with {@code --parquet},
 * stores the records a Spark job extracted ({@link ParquetIngest}). A document whose text is stored already is
 * left as it is; a bad input gets one line on standard error and does not stop the others (unless
 * {@code --fail-fast}). A store that fails (a full disk) stops the run with an exact account of what was stored.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract each document and keep it in the store (created if missing); a document already stored (same text) is left as it is.",
            "With --parquet DIR, store the documents and records of readout-spark's output instead, without extracting them again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input is stored",
            "1:some input could not be read or stored (each named on standard error), or the store could not be opened or failed;"
                    + " with --parquet, also an output that is not one or has a bad row (then nothing is stored)",
            "2:usage error",
            "3:internal error"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "A readout-spark output (documents/ and records/, folders of Parquet files, flat or by year) to store instead of PATHs.")
    Path parquet;

    @Mixin
    StoreOption store;

    @Mixin
    BatchOptions batchOptions;

    @Option(names = "--max-bytes", defaultValue = "5242880", converter = PositiveBytes.class,
            description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "A folder of knowledge files that replace the bundled ones of the same name.")
    Path knowledge;

    @Mixin
    ColumnOptions columns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean files = paths != null && !paths.isEmpty();
        if (files == (parquet != null)) {
            throw new ParameterException(spec.commandLine(), files
                    ? "give PATHs to extract or --parquet DIR to store a Spark output's records, not both"
                    : "give PATHs to extract, or --parquet DIR to store a Spark output's records");
        }
        if (parquet != null) {
            refuseReadingOptions();
        }
        PrintWriter err = spec.commandLine().getErr();
        try (BatchReport report = new BatchReport(batchOptions, err)) {
            if (parquet != null) {
                return new ParquetIngest(parquet, report, spec.commandLine().getOut(), err).run(store, knowledge);
            }
            InputFiles.Expanded inputs = InputFiles.expand(paths);
            return store.update(knowledge, s -> ingest(s, inputs, report));
        } catch (IOException e) {
            err.println("readout: cannot write the error report " + batchOptions.errors + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** The options that say how to read files mean nothing for records read back: given with --parquet, a usage error. */
    private void refuseReadingOptions() {
        ParseResult given = spec.commandLine().getParseResult();
        List<String> unused = Stream.concat(Stream.of(spec.findOption("--max-bytes")), spec.mixins().get("columns").options().stream())
                .filter(given::hasMatchedOption).map(OptionSpec::longestName).toList();
        if (!unused.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join(", ", unused)
                    + (unused.size() == 1 ? " reads" : " read") + " files: --parquet stores records already extracted");
        }
    }

    private int ingest(Store s, InputFiles.Expanded inputs, BatchReport report) {
        DocumentReader reader = new DocumentReader(new InputLimits(maxBytes), columns.inputOptions());
        IngestBatches batches = new IngestBatches(s, report, spec.commandLine().getErr());
        boolean storeFailed = false;
        try (Progress progress = Progress.of("ingest", inputs)) {
            inputs.skipped().forEach(report::skipped);
            for (InputFiles.Input input : inputs.files()) {
                reader.read(input.path(), document -> {
                    add(document, input.origin(), report, batches);
                    progress.document();
                });
                progress.file(input.bytes());
            }
            batches.flush();
        } catch (BatchReport.Stopped stopped) {
            batches.flushAfterStop();
            spec.commandLine().getErr().println("readout: " + stopped.getMessage());
        } catch (IngestBatches.StoreFailed failed) {
            storeFailed = true;
        }
        return batches.end(storeFailed, spec.commandLine().getOut());
    }

    private static void add(InputDocument document, String origin, BatchReport report, IngestBatches batches) {
        report.document();
        DecodeResult decoded = document.result();
        if (!decoded.accepted()) {
            decoded.problems().forEach(p -> report.failed(document.source(), document.entry(), p));
            return;
        }
        decoded.problems().forEach(p -> report.warned(document.name(), p));
        batches.add(new DocumentInput(decoded.document(), InputDocument.name(origin, document.entry())),
                document.source(), document.entry());
    }
}
