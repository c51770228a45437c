package org.readout.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server listens and what it lets callers do.
 *
 * @param host           the address to bind; loopback unless the operator says otherwise
 * @param port           the port; 0 picks a free one
 * @param ingestToken    the bearer token that {@code POST /api/documents} requires; null keeps the API read-only
 * @param maxBodyBytes   the largest request body accepted; larger ones get 413
 * @param threads        the most threads serving HTTP, requests beyond them waiting their turn
 * @param idleTimeout    how long a connection may send nothing (mid-body too) before it is closed; a body stalled
 *                       this long is answered 408
 * @param minBodyRate    the slowest a request body may arrive, in bytes per second after its first second; slower
 *                       ones are answered 408, so that trickling clients cannot hold the server's memory and workers
 * @param extractions    the most texts extracted at once (POST /api/extract and /api/documents); more are answered
 *                       503, so that extraction cannot take every worker from the pages
 */
public record ServerConfig(String host, int port, String ingestToken, long maxBodyBytes, int threads,
        Duration idleTimeout, long minBodyRate, int extractions) {
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
    /** Long enough for a client between two requests on one connection, short enough that a stalled one lets go soon. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** 1 KiB/s: a 2 MB body in half an hour still passes, a client trickling a byte a second is cut off after a second. */
    public static final long DEFAULT_MIN_BODY_RATE = 1024;
    /** Half the cores, at least one: extraction is CPU work, and the other half keeps answering the pages. */
    public static final int DEFAULT_EXTRACTIONS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
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
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("bad idle timeout " + idleTimeout);
        }
        if (minBodyRate < 1) {
            throw new IllegalArgumentException("bad minimum body rate " + minBodyRate);
        }
        if (extractions < 1) {
            throw new IllegalArgumentException("at least one extraction at a time, not " + extractions);
        }
    }

    /** With the default idle timeout, body rate and extractions. */
    public ServerConfig(String host, int port, String ingestToken, long maxBodyBytes, int threads) {
        this(host, port, ingestToken, maxBodyBytes, threads, DEFAULT_IDLE_TIMEOUT, DEFAULT_MIN_BODY_RATE, DEFAULT_EXTRACTIONS);
    }

    /** Read-only, on loopback, on {@code port}. */
    public static ServerConfig loopback(int port) {
        return new ServerConfig(LOOPBACK, port, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_THREADS);
    }

    public ServerConfig withIngestToken(String token) {
        return new ServerConfig(host, port, token, maxBodyBytes, threads, idleTimeout, minBodyRate, extractions);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, ingestToken, bytes, threads, idleTimeout, minBodyRate, extractions);
    }

    public ServerConfig withThreads(int count) {
        return new ServerConfig(host, port, ingestToken, maxBodyBytes, count, idleTimeout, minBodyRate, extractions);
    }

    public ServerConfig withIdleTimeout(Duration timeout) {
        return new ServerConfig(host, port, ingestToken, maxBodyBytes, threads, timeout, minBodyRate, extractions);
    }

    public ServerConfig withMinBodyRate(long bytesPerSecond) {
        return new ServerConfig(host, port, ingestToken, maxBodyBytes, threads, idleTimeout, bytesPerSecond, extractions);
    }

    public ServerConfig withExtractions(int count) {
        return new ServerConfig(host, port, ingestToken, maxBodyBytes, threads, idleTimeout, minBodyRate, count);
    }

    public boolean readOnly() {
        return ingestToken == null;
    }
}
