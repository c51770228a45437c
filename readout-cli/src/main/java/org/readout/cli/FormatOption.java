package org.readout.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of the analysis commands. */
final class FormatOption {
    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (for a person), json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;
}
