package org.readout.server.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a load test measured.
 *
 * @param groups   one row per endpoint group, in {@link Endpoint} order
 * @param overall  every timed request
 * @param failures the first few failed requests, described
 */
public record LoadResult(LoadSettings settings, Warmup warmup, Duration elapsed, List<GroupStats> groups, GroupStats overall,
        List<String> failures) {
    static final int FAILURES_KEPT = 10;

    public LoadResult {
        groups = List.copyOf(groups);
        failures = List.copyOf(failures);
    }

    static LoadResult of(LoadSettings settings, Warmup warmup, Duration elapsed, List<Sample> samples) {
        List<GroupStats> groups = new ArrayList<>();
        for (Endpoint e : Endpoint.values()) {
            groups.add(GroupStats.of(e.label(), samples.stream().filter(s -> s.request().endpoint() == e).toList()));
        }
        List<String> failures = samples.stream().filter(Sample::error).limit(FAILURES_KEPT).map(Sample::describe).toList();
        return new LoadResult(settings, warmup, elapsed, groups, GroupStats.of("all", samples), failures);
    }

    public int errors() {
        return overall.errors();
    }

    /** The report: a line on the run (and one on the warm-up, if any), a row per group and one for all, then the failures, if any. */
    public String table() {
        StringBuilder out = new StringBuilder();
        double seconds = elapsed.toNanos() / 1e9;
        out.append(String.format(Locale.ROOT, "%d requests from %d clients in %.1f s (%.0f/s), after %d warm-up requests"
                + " not counted; seed %d%n", overall.requests(), settings.clients(), seconds,
                overall.requests() / seconds, warmup.requests(), settings.seed()));
        if (!warmup.rates().isEmpty()) {
            int rounds = warmup.rates().size();
            out.append(String.format(Locale.ROOT, "warm-up: %d round%s of %d, requests/s %s%n", rounds, rounds == 1 ? "" : "s",
                    warmup.roundSize(), warmup.rates().stream().map(r -> String.format(Locale.ROOT, "%.0f", r))
                            .collect(Collectors.joining(" "))));
        }
        out.append(String.format(Locale.ROOT, "%-10s %8s %6s %8s %8s %8s %8s %8s%n",
                "endpoint", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean KiB"));
        groups.forEach(g -> out.append(row(g)));
        out.append(row(overall));
        failures.forEach(f -> out.append("failed: ").append(f).append(System.lineSeparator()));
        return out.toString();
    }

    private static String row(GroupStats g) {
        return String.format(Locale.ROOT, "%-10s %8d %6d %8.1f %8.1f %8.1f %8.1f %8.1f%n",
                g.name(), g.requests(), g.errors(), g.p50(), g.p95(), g.p99(), g.max(), g.meanKiB());
    }
}
