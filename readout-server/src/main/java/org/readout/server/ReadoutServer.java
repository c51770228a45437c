package org.readout.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.readout.server.api.Api;
import org.readout.store.Store;

/**
 * The REST API under {@code /api} and the web app at {@code /}, served by one embedded Jetty over
 * an open store. The caller owns the store: closing the server does not close it.
 */
public final class ReadoutServer implements AutoCloseable {
    /** Threads kept while idle, as Jetty's own pool keeps. */
    private static final int IDLE_THREADS = 8;

    private final Javalin app;

    private ReadoutServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code store} as {@code config} says; returns once the port is bound. */
    public static ReadoutServer start(Store store, ServerConfig config) {
        Objects.requireNonNull(store, "store");
        ObjectMapper json = mapper();
        Javalin app = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.jetty.threadPool = threadPool(config.threads());
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(json, false));
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/readout/web";
                files.location = Location.CLASSPATH;
            });
            Api.register(c.routes, store, config.ingestToken(), config.maxBodyBytes(), json);
        });
        app.start();
        return new ReadoutServer(app);
    }

    private static QueuedThreadPool threadPool(int threads) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, IDLE_THREADS));
        pool.setName("readout-http");
        return pool;
    }

    /** The bound port (the one picked when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** The routes served, as "GET /api/meetings/{id}", in registration order. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(e -> e.endpoint)
                .filter(e -> e.method.isHttpMethod()).map(e -> e.method + " " + e.path).toList();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The API's JSON: dates as ISO strings. */
    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
