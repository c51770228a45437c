package org.readout.analysis.codes;

import java.util.HashSet;
import java.util.Set;
import org.readout.analysis.Ids;

/**
 * Event ids for one export: a positive integer below 2^48 (exact wherever a tool reads it as a
 * float), the first 48 bits of the SHA-256 of what identifies the event, so the same store gives the
 * same ids on every export. Two events whose hashes meet are told apart: the later one (in export
 * order) is hashed again. Holds the ids given so far; one instance per export, not shared between threads.
 */
public final class EventIds {
    private final Set<Long> given = new HashSet<>();

    /** The id of the event identified by {@code key}, unique among those this instance has given. */
    public long of(String key) {
        String k = key;
        long id = number(k);
        while (!given.add(id)) {
            k = k + "#";
            id = number(k);
        }
        return id;
    }

    /** The id {@code key} hashes to, before any collision is resolved. */
    static long number(String key) {
        return Math.max(1, Long.parseLong(Ids.of("", key), 16));
    }
}
