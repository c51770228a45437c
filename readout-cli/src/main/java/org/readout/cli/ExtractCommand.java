package org.readout.cli;

import java.io.PrintWriter;
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
 * error and does not stop the others; the exit status says whether any failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract a readout record from each document (plain text in any common encoding, or HTML).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    ReadoutOptions options;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (one record a line), json (an array) or text (for a person). Default: ${DEFAULT-VALUE}.")
    RecordFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Readout readout = options.readout();
        RecordWriter writer = format.writer(out);
        DocumentReader reader = options.reader();
        for (String path : options.inputs()) {
            reader.read(path, document -> extract(readout, writer, document));
        }
        writer.finish();
        out.flush();
        return failed ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }

    private boolean failed;

    private void extract(Readout readout, RecordWriter writer, InputDocument document) {
        PrintWriter err = spec.commandLine().getErr();
        String name = document.name();
        DecodeResult decoded = document.result();
        decoded.problems().forEach(p -> report(err, name, p));
        if (!decoded.accepted()) {
            failed = true;
            return;
        }
        try {
            ReadoutRecord record = readout.extract(decoded.document());
            record.problems().forEach(p -> report(err, name, p));
            writer.write(record);
            spec.commandLine().getOut().flush();
        } catch (RuntimeException e) {
            err.println("readout: " + name + ": internal error while extracting: " + e);
            failed = true;
        }
    }

    private static void report(PrintWriter err, String path, Problem p) {
        String level = p.severity() == Problem.Severity.ERROR ? "" : "warning: ";
        err.println("readout: " + path + ": " + level + p.message());
    }
}
