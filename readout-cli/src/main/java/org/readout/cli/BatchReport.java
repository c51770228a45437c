package org.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.readout.input.InputDocument;
import org.readout.model.Problem;

/**
 * The failure policy of a run over many documents: each failure is one line on standard error
 * (the input, where in its container, why) and, with {@code --errors}, one JSON line in a report
 * written as the run goes, so that a killed run leaves its account; the run goes on unless
 * {@code --fail-fast}. At the end, a summary.
 */
final class BatchReport implements AutoCloseable {
    /** Thrown out of a document's handling to end the run at the first failure ({@code --fail-fast}). */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped at the first failure (--fail-fast)", null, false, false);
        }
    }

    private final BatchOptions options;
    private final PrintWriter err;
    private final Writer errors;
    private final ObjectMapper json = Json.mapper();
    private final Map<String, Integer> failuresByCode = new TreeMap<>();
    private long documents;
    private int unsaidWarnings;

    /** @throws IOException if the {@code --errors} file cannot be written */
    BatchReport(BatchOptions options, PrintWriter err) throws IOException {
        this.options = options;
        this.err = err;
        this.errors = options.errors == null ? null : Files.newBufferedWriter(options.errors, StandardCharsets.UTF_8);
    }

    /** A document read (well or not): what the summary counts. */
    void document() {
        documents++;
    }

    /** Documents checked all at once (a Parquet output refused as a whole). */
    void documents(long n) {
        documents += n;
    }

    /** A skipped path or a document that did not give its record; ends the run with --fail-fast. */
    void failed(String source, String entry, Problem problem) {
        String name = InputDocument.name(source, entry);
        err.println("readout: " + name + ": " + problem.message());
        failuresByCode.merge(problem.code(), 1, Integer::sum);
        if (errors != null) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("source", source);
            line.put("entry", entry);
            line.put("code", problem.code());
            line.put("message", problem.message());
            try {
                errors.write(json.writeValueAsString(line) + "\n");
                errors.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the error report " + options.errors, e);
            }
        }
        if (options.failFast) {
            throw new Stopped();
        }
    }

    /** What a folder walk passed over: errors as failures, the rest as warnings. */
    void skipped(InputFiles.Skipped skipped) {
        if (skipped.problem().severity() == Problem.Severity.ERROR) {
            document();
            failed(skipped.path(), null, skipped.problem());
        } else {
            warned(skipped.path(), skipped.problem());
        }
    }

    /** A warning: one line, or with {@code --quiet} only counted for the summary. */
    void warned(String name, Problem problem) {
        if (options.quiet) {
            unsaidWarnings++;
        } else {
            err.println("readout: " + name + ": warning: " + problem.message());
        }
    }

    /** Whether there is more to say at the end than the documents' count: failures, or warnings --quiet kept back. */
    boolean worthSummary() {
        return failures() > 0 || unsaidWarnings > 0;
    }

    int failures() {
        return failuresByCode.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * "readout: 35 documents, 2 failed (binary 1, too_large 1)", when there was more than one document; with
     * {@code --quiet}, also how many warnings were not shown.
     */
    void summary() {
        if (documents <= 1 && unsaidWarnings == 0) {
            return;
        }
        String failed = failures() == 0 ? "none failed" : failures() + " failed (" + failuresByCode.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
        err.println("readout: " + documents + (documents == 1 ? " document, " : " documents, ") + failed
                + (errors == null || failures() == 0 ? "" : "; listed in " + options.errors)
                + (unsaidWarnings == 0 ? "" : "; " + unsaidWarnings + (unsaidWarnings == 1 ? " warning" : " warnings") + " not shown (--quiet)"));
    }

    @Override
    public void close() {
        if (errors != null) {
            try {
                errors.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the error report " + options.errors, e);
            }
        }
    }
}
