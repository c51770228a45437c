package org.readout.server.load;

import java.util.List;
import org.readout.synthetic.Percentiles;

/**
 * The latencies of one endpoint group (or of all requests), in milliseconds, over every request sent,
 * the failed ones included.
 *
 * @param meanKiB the mean size of the answers' bodies
 */
public record GroupStats(String name, int requests, int errors, double p50, double p95, double p99, double max,
        double meanKiB) {

    static GroupStats of(String name, List<Sample> samples) {
        if (samples.isEmpty()) {
            return new GroupStats(name, 0, 0, 0, 0, 0, 0, 0);
        }
        Percentiles p = new Percentiles(samples.stream().mapToDouble(Sample::millis).toArray());
        int errors = (int) samples.stream().filter(Sample::error).count();
        double meanKiB = samples.stream().mapToLong(Sample::bytes).average().orElse(0) / 1024;
        return new GroupStats(name, samples.size(), errors, p.at(50), p.at(95), p.at(99), p.max(), meanKiB);
    }
}
