package org.readout.store;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from the filters that are set, with its parameters in order. */
final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code condition} (with one {@code ?} per parameter) when {@code value} is not null. */
    Where and(String condition, Object value, Object... more) {
        if (value != null) {
            conditions.add(condition);
            params.add(value);
            params.addAll(List.of(more));
        }
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The parameters, then {@code tail} (a LIMIT's and an OFFSET's, say). */
    Object[] params(Object... tail) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(tail));
        return all.toArray();
    }
}
