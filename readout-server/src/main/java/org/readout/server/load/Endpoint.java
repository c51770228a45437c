package org.readout.server.load;

import java.util.Locale;

/** The endpoint groups the load test sends requests to and reports on, one row each. */
public enum Endpoint {
    /** {@code GET /api/meetings?country=A&country=B}: a pair's timeline. */
    TIMELINE,
    /** {@code GET /api/meetings/{id}}: one meeting with its comparison of accounts. */
    MEETING,
    /** {@code GET /api/statements?...}: by country or by meeting. */
    STATEMENTS,
    /** {@code GET /api/search?q=...}. */
    SEARCH,
    /** {@code GET /api/actors} and {@code GET /api/actors/{id}}. */
    ACTORS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
