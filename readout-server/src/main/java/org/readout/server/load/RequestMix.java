package org.readout.server.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The paths the load test may ask for, per endpoint group, and the share of requests each group gets:
 * mostly timelines and meetings (what the web app loads most), some statements, searches and actors.
 */
public record RequestMix(Map<Endpoint, List<String>> paths) {
    /** Percent of the requests per group; they add up to 100. */
    static final Map<Endpoint, Integer> SHARES = Map.of(Endpoint.TIMELINE, 40, Endpoint.MEETING, 40,
            Endpoint.STATEMENTS, 8, Endpoint.SEARCH, 6, Endpoint.ACTORS, 6);

    public RequestMix {
        Map<Endpoint, List<String>> copy = new EnumMap<>(Endpoint.class);
        paths.forEach((e, p) -> copy.put(e, List.copyOf(p)));
        for (Endpoint e : Endpoint.values()) {
            if (copy.getOrDefault(e, List.of()).isEmpty()) {
                throw new IllegalArgumentException("no " + e.label() + " request to send");
            }
        }
        paths = Map.copyOf(copy);
    }

    /** {@code n} requests drawn with {@code seed}: the same seed gives the same requests in the same order. */
    public List<LoadRequest> draw(int n, long seed) {
        Random random = new Random(seed);
        List<LoadRequest> requests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Endpoint endpoint = group(random.nextInt(100));
            List<String> candidates = paths.get(endpoint);
            requests.add(new LoadRequest(endpoint, candidates.get(random.nextInt(candidates.size()))));
        }
        return requests;
    }

    /** The group whose share covers {@code percent} (0..99), the groups taken in declaration order. */
    private static Endpoint group(int percent) {
        int upTo = 0;
        for (Endpoint e : Endpoint.values()) {
            upTo += SHARES.get(e);
            if (percent < upTo) {
                return e;
            }
        }
        throw new IllegalStateException("shares add up to " + upTo);
    }
}
