package org.readout.server;

import java.util.Objects;

/**
 * How the server listens and what it lets callers do.
 *
 * @param host           the address to bind; loopback unless the operator says otherwise
 * @param port           the port; 0 picks a free one
 * @param ingestToken    the bearer token that {@code POST /api/documents} requires; null keeps the API read-only
 * @param maxBodyBytes   the largest request body accepted; larger ones get 413
 * @param threads        the most threads serving HTTP, requests beyond them waiting their turn
 */
public record ServerConfig(String host, int port, String ingestToken, long maxBodyBytes, int threads) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** Ten times the largest readout of the sample, and small enough that 32 of them fit in memory at once. */
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    /**
     * Four per core, at least 8. A request's work is CPU work (DuckDB and Lucene run in this process), so
     * more threads only share the cores more finely: a search then slows every meeting page running beside
     * it instead of waiting its turn. With 8 on 2 cores and 32 clients, p99 fell from 180-225 to 125-185 ms
     * for meetings and from 500-760 to 200-340 ms for searches, at the same throughput.
     */
    public static final int DEFAULT_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /** Jetty's acceptor and selector take threads of the pool too; below this it would have none left to serve. */
    public static final int MIN_THREADS = 4;

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
        if (threads < MIN_THREADS) {
            throw new IllegalArgumentException("the server needs at least " + MIN_THREADS + " threads, not " + threads);
        }
    }

    /** Read-only, on loopback, on {@code port}. */
    public static ServerConfig loopback(int port) {
        return new ServerConfig(LOOPBACK, port, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_THREADS);
    }

    public ServerConfig withIngestToken(String token) {
        return new ServerConfig(host, port, token, maxBodyBytes, threads);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, ingestToken, bytes, threads);
    }

    public ServerConfig withThreads(int count) {
        return new ServerConfig(host, port, ingestToken, maxBodyBytes, count);
    }

    public boolean readOnly() {
        return ingestToken == null;
    }
}
