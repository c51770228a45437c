package org.readout.server.api;

import java.util.List;

/**
 * One page of a list endpoint's items.
 *
 * @param total how many items the request pages through in all (also sent as the X-Total-Count header)
 * @param next  the URL of the next page; null on the last one
 */
public record Listing<T>(List<T> items, int limit, int offset, long total, String next) {
    public Listing {
        items = List.copyOf(items);
    }
}
