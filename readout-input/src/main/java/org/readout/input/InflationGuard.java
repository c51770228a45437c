package org.readout.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Stops a decompressing stream that expands far more than text does (a zip or gzip bomb), as it
 * reads: its first {@link #FREE_BYTES} are always allowed, beyond them at most {@code maxRatio}
 * bytes out per compressed byte in.
 */
final class InflationGuard extends FilterInputStream {
    static final long FREE_BYTES = 1L << 20;

    /** The reason reading stopped: reported as a bomb, not as a broken file. */
    static final class BombException extends IOException {
        private static final long serialVersionUID = 1L;

        BombException(String message) {
            super(message);
        }
    }

    private final InputStreamStatistics statistics;
    private final int maxRatio;
    /** The counts when this entry began: a zip stream's counts do not always restart with each entry. */
    private final long outBefore;
    private final long inBefore;

    InflationGuard(InputStream decompressed, InputStreamStatistics statistics, int maxRatio) {
        super(decompressed);
        this.statistics = statistics;
        this.maxRatio = maxRatio;
        this.outBefore = statistics.getUncompressedCount();
        this.inBefore = statistics.getCompressedCount();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        check();
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        check();
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        check();
        return skipped;
    }

    private void check() throws BombException {
        long out = statistics.getUncompressedCount() - outBefore;
        long in = statistics.getCompressedCount() - inBefore;
        if (out > FREE_BYTES && out > in * maxRatio) {
            throw new BombException(String.format(Locale.ROOT,
                    "expands over %d times (%,d bytes from %,d): a compression bomb?, not read further", maxRatio, out, in));
        }
    }
}
