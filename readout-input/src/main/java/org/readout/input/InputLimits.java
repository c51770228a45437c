package org.readout.input;

import java.io.Serializable;
import java.util.Locale;
import org.readout.model.Problem;

/**
 * How big one input document may be. A readout is a few kilobytes, so the default of 5 MiB
 * only stops a wrong file (a log, a dump) from tying up the extractor.
 */
public record InputLimits(long maxBytes) implements Serializable {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public InputLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    public static InputLimits defaults() {
        return new InputLimits(DEFAULT_MAX_BYTES);
    }

    public boolean exceeds(long size) {
        return size > maxBytes;
    }

    /** The rejection of a {@code size}-byte input; lets a caller refuse a big file before reading it. */
    public Problem tooLarge(long size) {
        return Problem.error("too_large", String.format(Locale.ROOT,
                "%,d bytes is over the %,d-byte limit for one document (--max-bytes)", size, maxBytes));
    }
}
