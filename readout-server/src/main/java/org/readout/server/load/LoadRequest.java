package org.readout.server.load;

import java.util.Objects;

/**
 * One GET the load test sends.
 *
 * @param path the path and query under the base URL, already URL-encoded, e.g. {@code /api/meetings/m0cc5c1fd8b7e}
 */
public record LoadRequest(Endpoint endpoint, String path) {
    public LoadRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with /: " + path);
        }
    }
}
