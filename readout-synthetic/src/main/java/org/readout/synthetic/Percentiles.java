package org.readout.synthetic;

import org.apache.commons.statistics.descriptive.Max;
import org.apache.commons.statistics.descriptive.Quantile;

/** Latency percentiles by the nearest-rank method (Commons Statistics' HF1); the server's load test uses them too. */
public final class Percentiles {
    private static final Quantile NEAREST_RANK = Quantile.withDefaults().with(Quantile.EstimationMethod.HF1);
    private final double[] samples;

    public Percentiles(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.samples = samples.clone();
    }

    /** The smallest sample that at least {@code p} percent of the samples do not exceed. */
    public double at(double p) {
        return NEAREST_RANK.evaluate(samples, p / 100);
    }

    public double max() {
        return Max.of(samples).getAsDouble();
    }
}
