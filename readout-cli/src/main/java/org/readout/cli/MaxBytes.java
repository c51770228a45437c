package org.readout.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --max-bytes} value, refused as a usage error unless positive. */
final class MaxBytes {
    private MaxBytes() {
    }

    static long check(CommandSpec spec, long value) {
        if (value <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be a positive number of bytes, not " + value);
        }
        return value;
    }
}
