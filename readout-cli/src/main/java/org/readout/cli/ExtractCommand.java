package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.readout.extract.Readout;
import org.readout.input.DecodeResult;
import org.readout.input.InputDocument;
import org.readout.model.Problem;
import org.readout.model.ReadoutRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code readout extract}: one record per input document. A bad input gets one line on standard
 * error and does not stop the others (unless {@code --fail-fast}); the exit status says whether any failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract a readout record from each document (plain text in any common encoding, or HTML).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    ReadoutOptions options;

    @Mixin
    BatchOptions batch;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (one record a line), json (an array) or text (for a person). Default: ${DEFAULT-VALUE}.")
    RecordFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.Expanded inputs = options.inputs();
        try (BatchReport report = new BatchReport(batch, err)) {
            run(inputs, report);
            report.summary();
            return report.failures() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
        } catch (IOException e) {
            err.println("readout: cannot write the error report " + batch.errors + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private void run(InputFiles.Expanded inputs, BatchReport report) {
        PrintWriter out = spec.commandLine().getOut();
        Readout readout = options.readout();
        RecordWriter writer = format.writer(out);
        DocumentReader reader = options.reader();
        try (Progress progress = Progress.of("extract", inputs)) {
            inputs.skipped().forEach(report::skipped);
            for (InputFiles.Input input : inputs.files()) {
                reader.read(input.path(), document -> {
                    extract(readout, writer, document, report);
                    progress.document();
                });
                progress.file(input.bytes());
            }
        } catch (BatchReport.Stopped stopped) {
            spec.commandLine().getErr().println("readout: " + stopped.getMessage());
        }
        writer.finish();
        out.flush();
    }

    private void extract(Readout readout, RecordWriter writer, InputDocument document, BatchReport report) {
        report.document();
        DecodeResult decoded = document.result();
        if (!decoded.accepted()) {
            decoded.problems().forEach(p -> report.failed(document.source(), document.entry(), p));
            return;
        }
        decoded.problems().forEach(p -> report.warned(document.name(), p));
        ReadoutRecord record;
        try {
            record = readout.extract(decoded.document());
        } catch (RuntimeException | StackOverflowError e) {
            // a pathological text can exhaust the stack in a library: that document fails alone
            report.failed(document.source(), document.entry(), Problem.error("internal", "internal error while extracting: " + e));
            return;
        }
        Optional<Problem> error = record.firstError();
        if (error.isPresent()) {
            // a document past its time budget has no facts to write, only the failure to report
            report.failed(document.source(), document.entry(), error.get());
            return;
        }
        record.problems().forEach(p -> report.warned(document.name(), p));
        writer.write(record);
        spec.commandLine().getOut().flush();
    }
}
