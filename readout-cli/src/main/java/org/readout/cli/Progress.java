package org.readout.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.nativ.CLibrary;

/**
 * A progress bar on standard error, with rate and time left, for a person at a terminal; nothing
 * at all when the output goes to a file or a pipe, where a bar's redrawing would be noise.
 * Counted in bytes of the input files, since a container's documents are not known in advance;
 * in documents where their number is (records read back from Parquet).
 */
final class Progress implements AutoCloseable {
    private static final int STANDARD_ERROR = 2;

    private final ProgressBar bar;
    private final boolean inDocuments;
    private long documents;

    private Progress(ProgressBar bar, boolean inDocuments) {
        this.bar = bar;
        this.inDocuments = inDocuments;
    }

    /** A bar when standard error is a terminal and there is more than one file; else nothing. */
    static Progress of(String task, InputFiles.Expanded inputs) {
        if (inputs.files().size() < 2 || !errorIsTerminal()) {
            return new Progress(null, false);
        }
        return new Progress(bar(task, inputs.bytes()).setUnit(" kB", 1_000).build(), false);
    }

    /** A bar counted in documents when standard error is a terminal and there is more than one; else nothing. */
    static Progress ofDocuments(String task, long documents) {
        if (documents < 2 || !errorIsTerminal()) {
            return new Progress(null, true);
        }
        return new Progress(bar(task, documents).setUnit(" documents", 1).build(), true);
    }

    private static ProgressBarBuilder bar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, max)).showSpeed().setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)));
    }

    /** Standard output is often a file ({@code extract > records.jsonl}) while a person watches standard error. */
    private static boolean errorIsTerminal() {
        try {
            return CLibrary.isatty(STANDARD_ERROR) == 1;
        } catch (LinkageError noNativeLibrary) {
            return System.console() != null;
        }
    }

    /** A document handled. */
    void document() {
        if (bar == null) {
            return;
        }
        if (inDocuments) {
            bar.step();
        } else {
            bar.setExtraMessage(++documents + " documents");
        }
    }

    /** A file read to its end. */
    void file(long bytes) {
        if (bar != null) {
            bar.stepBy(bytes);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
