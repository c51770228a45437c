package org.readout.server.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The warm-up before the timed requests: rounds of requests, not counted, until the server's throughput
 * stops rising (two rounds in a row no more than 5% faster than the one before). A JVM keeps compiling
 * hot code for tens of seconds under load (on a 2-core machine, after 1,000 requests its compiler threads
 * are still busy about a second in every second), so a fixed warm-up would time the compiler as much as
 * the server; a server that runs for days is timed once it is steady.
 *
 * @param roundSize requests per round
 * @param rates     each round's requests per second, in order
 */
public record Warmup(int roundSize, List<Double> rates) {
    /** A round at most this much faster than the one before means the throughput has stopped rising. */
    static final double STEADY_GAIN = 0.05;

    public Warmup {
        rates = List.copyOf(rates);
    }

    static Warmup none() {
        return new Warmup(0, List.of());
    }

    /** Sends rounds of requests drawn from {@code mix}, each with a seed of its own, until steady or the settings' most rounds. */
    static Warmup run(LoadTest test, RequestMix mix, LoadSettings settings) {
        List<Double> rates = new ArrayList<>();
        for (int round = 1; round <= settings.warmupRounds() && settings.warmup() > 0 && !steady(rates); round++) {
            long start = System.nanoTime();
            test.send(mix.draw(settings.warmup(), settings.seed() + round));
            rates.add(settings.warmup() / ((System.nanoTime() - start) / 1e9));
        }
        return new Warmup(settings.warmup(), rates);
    }

    /** Whether each of the last two rounds was no more than {@link #STEADY_GAIN} faster than the one before it: one could be a blip. */
    static boolean steady(List<Double> rates) {
        int n = rates.size();
        return n >= 3 && notFaster(rates.get(n - 1), rates.get(n - 2)) && notFaster(rates.get(n - 2), rates.get(n - 3));
    }

    private static boolean notFaster(double rate, double before) {
        return rate <= before * (1 + STEADY_GAIN);
    }

    public int requests() {
        return roundSize * rates.size();
    }
}
