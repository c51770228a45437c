package org.readout.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How {@code extract} and {@code ingest} treat an input that fails (a picocli mixin). */
final class BatchOptions {
    @Option(names = "--fail-fast", description = "Stop at the first input that fails, instead of reporting it and going on.")
    boolean failFast;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write each failure to FILE, one JSON object a line (source, entry, code, message).")
    Path errors;
}
