package org.readout.synthetic;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method; the server's load test uses them too. */
public final class Percentiles {
    private final double[] sorted;

    public Percentiles(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        sorted = samples.clone();
        Arrays.sort(sorted);
    }

    /** The smallest sample that at least {@code p} percent of the samples do not exceed. */
    public double at(double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }
}
