package org.readout.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.readout.input.InputDocument;
import org.readout.model.Problem;
import org.readout.store.DocumentInput;
import org.readout.store.IndexBehindException;
import org.readout.store.IngestResult;
import org.readout.store.Store;
import org.readout.store.StoreException;

/**
 * The store's side of {@code readout ingest}, whatever the documents come from (files read and extracted, or
 * records read back from Parquet): documents stored in batches of {@value #BATCH}, each one transaction; a batch
 * the database refuses is tried one document at a time, so that a bad document fails alone; a store that fails
 * as a whole (a full disk) stops the run with an exact account of what was stored. Counts what is new and what
 * was stored before, and ends the run with the summary line.
 */
final class IngestBatches {
    /** Documents stored per transaction: DuckDB pays per statement and per commit, not per row. */
    static final int BATCH = 32;

    /** The store failed as a whole (not one document): nothing more can be stored in this run. */
    static final class StoreFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailed() {
            super(null, null, false, false);
        }
    }

    /** A document waiting for the next transaction, and how messages name it (the input and the entry in it). */
    private record Pending(DocumentInput input, String source, String entry) {
        String name() {
            return InputDocument.name(source, entry);
        }
    }

    private final Store store;
    private final BatchReport report;
    private final PrintWriter err;
    private final List<Pending> batch = new ArrayList<>();
    private int added;
    private int unchanged;

    IngestBatches(Store store, BatchReport report, PrintWriter err) {
        this.store = store;
        this.report = report;
        this.err = err;
    }

    /**
     * Adds a document; stores the batch when it is full.
     *
     * @param source the input it came from, as messages name it; {@code entry} its place in a container, or null
     */
    void add(DocumentInput input, String source, String entry) {
        batch.add(new Pending(input, source, entry));
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    /**
     * Stores the batch. If the database refuses it, nothing of it was stored, and each document is
     * tried alone, so that one bad document fails alone; if the store itself failed (a full disk,
     * the index), the run stops with an account of what was stored.
     */
    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Pending> names = List.copyOf(batch);
        List<DocumentInput> documents = names.stream().map(Pending::input).toList();
        batch.clear();
        try {
            count(names, store.ingest(documents));
        } catch (IndexBehindException e) {
            count(names, e.results());
            throw stop(e, names, names.size());
        } catch (StoreException e) {
            if (e.diskFull()) {
                throw stop(e, names, storedOf(documents));
            }
            for (int i = 0; i < documents.size(); i++) {
                try {
                    count(names.subList(i, i + 1), store.ingest(List.of(documents.get(i))));
                } catch (IndexBehindException alone) {
                    count(names.subList(i, i + 1), alone.results());
                    throw stop(alone, names.subList(i, i + 1), 1);
                } catch (StoreException alone) {
                    if (alone.diskFull()) {
                        throw stop(alone, names.subList(i, names.size()), storedOf(documents.subList(i, documents.size())));
                    }
                    report.failed(names.get(i).source(), names.get(i).entry(), Problem.error("store", "cannot store: " + alone.getMessage()));
                }
            }
        }
    }

    /** The good documents read before the failure that stopped the run are stored all the same. */
    void flushAfterStop() {
        try {
            flush();
        } catch (BatchReport.Stopped alreadyStopping) {
            // a failure while storing them is reported already; the run is ending anyway
        } catch (StoreFailed failed) {
            // told already
        }
    }

    /** "5 new, 0 unchanged, 0 failed; store: ..." on {@code out}, then what failed by reason; the run's exit code. */
    int end(boolean storeFailed, PrintWriter out) {
        out.println(added + " new, " + unchanged + " unchanged, " + report.failures() + " failed; store: " + store.counts().describe());
        if (report.worthSummary()) {
            report.summary(); // the line above counts the run; this one says what failed, by reason, and what --quiet kept back
        }
        return storeFailed || report.failures() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }

    /** What this run stored, for a message that stops it. */
    String account() {
        return "this run stored " + added + " new documents (" + unchanged + " were stored before).";
    }

    /**
     * How many of a failed batch's documents are stored after all: a database that fails while
     * committing (a full disk) may have written the commit, and the account must be exact.
     */
    private int storedOf(List<DocumentInput> documents) {
        int stored = 0;
        while (stored < documents.size() && store.holds(documents.get(stored).document())) {
            stored++;
        }
        added += stored;
        return stored;
    }

    /** One message for the whole failure: what was stored, and from which document on nothing was. */
    private StoreFailed stop(StoreException e, List<Pending> batchNames, int storedOfBatch) {
        String what = e.diskFull() ? "the disk is full" : "the store failed";
        err.println("readout: store " + store.dir() + ": " + what + " (" + e.getMessage() + "); stopped.");
        String notStored = storedOfBatch < batchNames.size()
                ? " Not stored: " + batchNames.get(storedOfBatch).name() + " and everything after it."
                : " The last stored: " + batchNames.get(batchNames.size() - 1).name() + "; nothing after it was read.";
        err.println("readout: " + account() + notStored
                + (e instanceof IndexBehindException ? " Search catches up with the stored ones when the store next opens." : ""));
        return new StoreFailed();
    }

    /** Tallies the batch before telling its failures, so that a --fail-fast stop still counts what was stored. */
    private void count(List<Pending> names, List<IngestResult> results) {
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
