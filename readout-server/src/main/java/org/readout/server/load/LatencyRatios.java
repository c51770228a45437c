package org.readout.server.load;

import java.util.List;
import java.util.Locale;

/** How much slower each endpoint group answered in one load test than in another: the ratios of p50 and p99. */
public final class LatencyRatios {
    private LatencyRatios() {
    }

    /** A row per group that both tests timed, and one for all requests. */
    public static String table(LoadResult before, LoadResult after) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %10s %10s%n", "endpoint", "p50 ratio", "p99 ratio"));
        List<GroupStats> groups = before.groups();
        for (int i = 0; i < groups.size(); i++) {
            row(out, groups.get(i), after.groups().get(i));
        }
        row(out, before.overall(), after.overall());
        return out.toString();
    }

    private static void row(StringBuilder out, GroupStats before, GroupStats after) {
        if (before.requests() > 0 && after.requests() > 0) {
            out.append(String.format(Locale.ROOT, "%-10s %10.2f %10.2f%n", before.name(), after.p50() / before.p50(),
                    after.p99() / before.p99()));
        }
    }
}
