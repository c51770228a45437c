package org.readout.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How {@code extract} and {@code ingest} treat an input that fails, and whether they tell warnings (a picocli mixin). */
final class BatchOptions {
    @Option(names = "--fail-fast", description = "Stop at the first input that fails, instead of reporting it and going on.")
    boolean failFast;

    @Option(names = {"-q", "--quiet"},
            description = "No warning lines (a text cut short, a few bad bytes, a file the walk leaves out): the summary counts"
                    + " them instead. Each failure is still named on its line.")
    boolean quiet;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write each failure to FILE, one JSON object a line (source, entry, code, message).")
    Path errors;
}
