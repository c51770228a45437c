package org.readout.cli;

import java.io.IOException;
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
import org.readout.store.IndexBehindException;
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
 * does not stop the others (unless {@code --fail-fast}). A store that fails (a full disk) stops the
 * run with an exact account of what was stored.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract each document and keep it in the store (created if missing); a document already stored (same text) is left as it is.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input is stored",
            "1:some input could not be read or stored (each named on standard error), or the store could not be opened or failed",
            "2:usage error",
            "3:internal error"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

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

    /** Documents stored per transaction: DuckDB pays per statement and per commit, not per row. */
    static final int BATCH = 32;

    /** The store failed as a whole (not one document): nothing more can be stored in this run. */
    private static final class StoreFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailed() {
            super(null, null, false, false);
        }
    }

    /** A document read and accepted, and the origin the store keeps for it. */
    private record Pending(InputDocument document, String origin) {
    }

    /** Read and accepted, waiting for the next transaction. */
    private final List<Pending> batch = new ArrayList<>();
    private int added;
    private int unchanged;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.Expanded inputs = InputFiles.expand(paths);
        try (BatchReport report = new BatchReport(batchOptions, err)) {
            return store.update(knowledge, s -> ingest(s, inputs, report));
        } catch (IOException e) {
            err.println("readout: cannot write the error report " + batchOptions.errors + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private int ingest(Store s, InputFiles.Expanded inputs, BatchReport report) {
        DocumentReader reader = new DocumentReader(new InputLimits(maxBytes), columns.inputOptions());
        boolean storeFailed = false;
        try (Progress progress = Progress.of("ingest", inputs)) {
            inputs.skipped().forEach(report::skipped);
            for (InputFiles.Input input : inputs.files()) {
                reader.read(input.path(), document -> {
                    add(document, input.origin(), report);
                    progress.document();
                    if (batch.size() >= BATCH) {
                        flush(s, report);
                    }
                });
                progress.file(input.bytes());
            }
            flush(s, report);
        } catch (BatchReport.Stopped stopped) {
            flushAfterStop(s, report);
            spec.commandLine().getErr().println("readout: " + stopped.getMessage());
        } catch (StoreFailed failed) {
            storeFailed = true;
        }
        spec.commandLine().getOut().println(added + " new, " + unchanged + " unchanged, " + report.failures() + " failed; store: "
                + s.counts().describe());
        if (report.worthSummary()) {
            report.summary(); // the line above counts the run; this one says what failed, by reason, and what --quiet kept back
        }
        return storeFailed || report.failures() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }

    private void add(InputDocument document, String origin, BatchReport report) {
        report.document();
        DecodeResult decoded = document.result();
        if (!decoded.accepted()) {
            decoded.problems().forEach(p -> report.failed(document.source(), document.entry(), p));
            return;
        }
        decoded.problems().forEach(p -> report.warned(document.name(), p));
        batch.add(new Pending(document, InputDocument.name(origin, document.entry())));
    }

    /** The good documents read before the failure that stopped the run are stored all the same. */
    private void flushAfterStop(Store s, BatchReport report) {
        try {
            flush(s, report);
        } catch (BatchReport.Stopped alreadyStopping) {
            // a failure while storing them is reported already; the run is ending anyway
        } catch (StoreFailed failed) {
            // told already
        }
    }

    /**
     * Stores the batch. If the database refuses it, nothing of it was stored, and each document is
     * tried alone, so that one bad document fails alone; if the store itself failed (a full disk,
     * the index), the run stops with an account of what was stored.
     */
    private void flush(Store s, BatchReport report) {
        if (batch.isEmpty()) {
            return;
        }
        List<InputDocument> names = batch.stream().map(Pending::document).toList();
        List<DocumentInput> documents = batch.stream().map(p -> new DocumentInput(p.document().result().document(), p.origin())).toList();
        batch.clear();
        try {
            count(names, s.ingest(documents), report);
        } catch (IndexBehindException e) {
            count(names, e.results(), report);
            throw stop(e, names, names.size());
        } catch (StoreException e) {
            if (e.diskFull()) {
                throw stop(e, names, storedOf(s, documents));
            }
            for (int i = 0; i < documents.size(); i++) {
                try {
                    count(names.subList(i, i + 1), s.ingest(List.of(documents.get(i))), report);
                } catch (IndexBehindException alone) {
                    count(names.subList(i, i + 1), alone.results(), report);
                    throw stop(alone, names.subList(i, i + 1), 1);
                } catch (StoreException alone) {
                    if (alone.diskFull()) {
                        throw stop(alone, names.subList(i, names.size()), storedOf(s, documents.subList(i, documents.size())));
                    }
                    report.failed(names.get(i).source(), names.get(i).entry(), Problem.error("store", "cannot store: " + alone.getMessage()));
                }
            }
        }
    }

    /**
     * How many of a failed batch's documents are stored after all: a database that fails while
     * committing (a full disk) may have written the commit, and the account must be exact.
     */
    private int storedOf(Store s, List<DocumentInput> documents) {
        int stored = 0;
        while (stored < documents.size() && s.holds(documents.get(stored).document())) {
            stored++;
        }
        added += stored;
        return stored;
    }

    /** One message for the whole failure: what was stored, and from which document on nothing was. */
    private StoreFailed stop(StoreException e, List<InputDocument> batchNames, int storedOfBatch) {
        PrintWriter err = spec.commandLine().getErr();
        String what = e.diskFull() ? "the disk is full" : "the store failed";
        err.println("readout: store " + store.dir() + ": " + what + " (" + e.getMessage() + "); stopped.");
        String notStored = storedOfBatch < batchNames.size()
                ? " Not stored: " + batchNames.get(storedOfBatch).name() + " and everything after it."
                : " The last stored: " + batchNames.get(batchNames.size() - 1).name() + "; nothing after it was read.";
        err.println("readout: this run stored " + added + " new documents (" + unchanged + " were stored before)." + notStored
                + (e instanceof IndexBehindException ? " Search catches up with the stored ones when the store next opens." : ""));
        return new StoreFailed();
    }

    /** Tallies the batch before telling its failures, so that a --fail-fast stop still counts what was stored. */
    private void count(List<InputDocument> names, List<IngestResult> results, BatchReport report) {
        for (int i = 0; i < results.size(); i++) {
            IngestResult result = results.get(i);
            switch (result.status()) {
                case NEW -> {
                    String name = names.get(i).name();
                    result.record().problems().forEach(p -> report.warned(name, p));
                    added++;
                }
                case UNCHANGED -> unchanged++;
                case FAILED -> { }
            }
        }
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).status() == IngestResult.Status.FAILED) {
                report.failed(names.get(i).source(), names.get(i).entry(), Problem.error("extraction", results.get(i).error()));
            }
        }
    }
}
