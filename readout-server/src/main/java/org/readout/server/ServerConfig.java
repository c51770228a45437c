package org.readout.server;

import java.util.Objects;

/**
 * How the server listens and what it lets callers do.
 *
 * @param host           the address to bind; loopback unless the operator says otherwise
 * @param port           the port; 0 picks a free one
 * @param ingestToken    the bearer token that {@code POST /api/documents} requires; null keeps the API read-only
 * @param maxBodyBytes   the largest request body accepted; larger ones get 413
 */
public record ServerConfig(String host, int port, String ingestToken, long maxBodyBytes) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** Ten times the largest readout of the sample, and small enough that 32 of them fit in memory at once. */
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("bad port " + port);
        }
        if (ingestToken != null && ingestToken.isBlank()) {
            throw new IllegalArgumentException("an empty ingest token would let anyone ingest");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("bad body limit " + maxBodyBytes);
        }
    }

    /** Read-only, on loopback, on {@code port}. */
    public static ServerConfig loopback(int port) {
        return new ServerConfig(LOOPBACK, port, null, DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withIngestToken(String token) {
        return new ServerConfig(host, port, token, maxBodyBytes);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, ingestToken, bytes);
    }

    public boolean readOnly() {
        return ingestToken == null;
    }
}
