package org.readout.analysis;

import java.util.Map;

/**
 * A field on which a meeting's accounts disagree, kept rather than resolved.
 *
 * @param field  "date", "city", "country", "mode" or "role:NAME"
 * @param values each account's value, by account key
 */
public record Conflict(String field, Map<String, String> values) {
    public Conflict {
        values = Map.copyOf(values);
    }
}
