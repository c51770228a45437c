package org.readout.store;

/** Which slice of a query's rows to return: at most {@code limit} rows after skipping {@code offset}. */
public record Page(int limit, int offset) {
    public static final int MAX_LIMIT = 10_000;

    public Page {
        if (limit < 0 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("bad page: limit " + limit + " (0.." + MAX_LIMIT + "), offset " + offset);
        }
    }

    public static Page first(int limit) {
        return new Page(limit, 0);
    }
}
