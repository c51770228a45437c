package org.readout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.readout.extract.Version;
import org.readout.model.Problem;
import org.readout.store.DocumentInput;
import org.readout.store.ParquetOutput;
import org.readout.store.Store;

/**
 * {@code readout ingest --parquet DIR}: the documents and records of a readout-spark output stored as
 * {@code ingest} stores what it extracts (same batches, actors, meetings and index), without extracting them
 * again. The output is checked whole first: any bad row is named and nothing is stored, so that a bad output
 * never leaves part of itself in the store. A record of another extractor version is stored as it is, keeping
 * its provenance, and the run says how many there were.
 */
final class ParquetIngest {
    private final Path dir;
    private final BatchReport report;
    private final PrintWriter out;
    private final PrintWriter err;

    ParquetIngest(Path dir, BatchReport report, PrintWriter out, PrintWriter err) {
        this.dir = dir;
        this.report = report;
        this.out = out;
        this.err = err;
    }

    int run(StoreOption store, Path knowledge) {
        try (ParquetOutput output = ParquetOutput.open(dir)) {
            ParquetOutput.Check check;
            try {
                check = output.check(bad -> report.failed(name(bad.documentId(), bad.origin()), null, bad.problem()));
            } catch (BatchReport.Stopped stopped) {
                err.println("readout: " + stopped.getMessage() + "; nothing stored");
                return ExitCodes.SOME_INPUT_FAILED;
            }
            if (report.failures() > 0) {
                err.println("readout: " + dir + ": nothing stored: a row above cannot be stored as it is (fix or drop it, and run again)");
                report.documents(check.documents());
                report.summary();
                return ExitCodes.SOME_INPUT_FAILED;
            }
            check.otherVersions().forEach(this::warnOtherVersion);
            return store.update(knowledge, s -> ingest(s, output, check.documents()));
        } catch (ParquetOutput.Unreadable e) {
            err.println("readout: " + e.getMessage());
            return ExitCodes.SOME_INPUT_FAILED;
        }
    }

    private void warnOtherVersion(String version, long records) {
        report.warned(dir.toString(), Problem.warning("other_version", String.format("%,d %s extracted by Readout %s, not by this build (%s):"
                + " stored as extracted, each keeping its extractor version", records, records == 1 ? "record was" : "records were",
                version, Version.get())));
    }

    private int ingest(Store s, ParquetOutput output, long documents) {
        IngestBatches batches = new IngestBatches(s, report, err);
        boolean failed = false;
        try (Progress progress = Progress.ofDocuments("ingest", documents)) {
            output.forEach(input -> {
                report.document();
                batches.add(input, name(input), null);
                progress.document();
            });
            batches.flush();
        } catch (BatchReport.Stopped stopped) {
            batches.flushAfterStop();
            err.println("readout: " + stopped.getMessage());
        } catch (IngestBatches.StoreFailed storeFailed) {
            failed = true;
        } catch (ParquetOutput.Unreadable e) {
            // the output changed after it was checked: what was read before is stored, whole batches
            batches.flushAfterStop();
            err.println("readout: " + e.getMessage() + "; stopped: " + batches.account());
            failed = true;
        }
        return batches.end(failed, out);
    }

    /** A document as ingest's messages name it: where it was read from (its file name if the output does not say). */
    private static String name(DocumentInput input) {
        return input.origin() != null ? input.origin() : input.record().doc();
    }

    /** A bad row as messages name it: where its document was read from and its id, whichever it has. */
    private static String name(String documentId, String origin) {
        if (origin == null) {
            return documentId == null ? "a row without an id" : "document " + documentId;
        }
        return documentId == null ? origin : origin + " (document " + documentId + ")";
    }
}
