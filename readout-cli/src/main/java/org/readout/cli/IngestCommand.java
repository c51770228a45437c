package org.readout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.input.DecodeResult;
import org.readout.input.InputDocument;
import org.readout.input.InputLimits;
import org.readout.model.Problem;
import org.readout.store.DocumentInput;
import org.readout.store.IngestResult;
import org.readout.store.Store;
import org.readout.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code readout ingest}: extracts each document and keeps its record in the store. A document
 * whose text is stored already is left as it is; a bad input gets one line on standard error and
 * does not stop the others.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract each document and keep it in the store (created if missing); a document already stored (same text) is left as it is.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input is stored",
            "1:some input could not be read or stored (each named on standard error), or the store could not be opened",
            "2:usage error",
            "3:internal error"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--max-bytes", defaultValue = "5242880", description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "A folder of knowledge files that replace the bundled ones of the same name.")
    Path knowledge;

    @Spec
    CommandSpec spec;

    /** Documents stored per transaction: DuckDB pays per statement and per commit, not per row. */
    static final int BATCH = 32;

    private final List<DocumentInput> batch = new ArrayList<>();
    private int added;
    private int unchanged;
    private int failed;

    @Override
    public Integer call() {
        return store.update(knowledge, this::ingest);
    }

    private int ingest(Store s) {
        PrintWriter err = spec.commandLine().getErr();
        DocumentReader reader = new DocumentReader(new InputLimits(maxBytes));
        for (String path : InputFiles.expand(paths)) {
            reader.read(path, document -> {
                add(document, err);
                if (batch.size() >= BATCH) {
                    flush(s, err);
                }
            });
        }
        flush(s, err);
        spec.commandLine().getOut().println(added + " new, " + unchanged + " unchanged, " + failed + " failed; store: "
                + s.counts().describe());
        return failed > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }

    private void add(InputDocument document, PrintWriter err) {
        DecodeResult decoded = document.result();
        decoded.problems().forEach(p -> report(err, document.name(), p));
        if (decoded.accepted()) {
            batch.add(new DocumentInput(decoded.document(), document.name()));
        } else {
            failed++;
        }
    }

    /** Stores the batch; if the store refuses it, each document alone, so that one bad document fails alone. */
    private void flush(Store s, PrintWriter err) {
        try {
            List<IngestResult> results = s.ingest(batch);
            for (int i = 0; i < batch.size(); i++) {
                count(batch.get(i).origin(), results.get(i), err);
            }
        } catch (StoreException e) {
            for (DocumentInput input : batch) {
                try {
                    count(input.origin(), s.ingest(List.of(input)).get(0), err);
                } catch (StoreException alone) {
                    err.println("readout: " + input.origin() + ": cannot store: " + alone.getMessage());
                    failed++;
                }
            }
        }
        batch.clear();
    }

    private void count(String path, IngestResult result, PrintWriter err) {
        switch (result.status()) {
            case NEW -> {
                result.record().problems().forEach(p -> report(err, path, p));
                added++;
            }
            case UNCHANGED -> unchanged++;
            case FAILED -> {
                err.println("readout: " + path + ": " + result.error());
                failed++;
            }
        }
    }

    private static void report(PrintWriter err, String path, Problem p) {
        String level = p.severity() == Problem.Severity.ERROR ? "" : "warning: ";
        err.println("readout: " + path + ": " + level + p.message());
    }
}
