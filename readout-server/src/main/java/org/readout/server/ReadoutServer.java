package org.readout.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.readout.server.api.Api;
import org.readout.server.http.BodyHandler;
import org.readout.server.http.BodyLimits;
import org.readout.server.http.ProblemErrorHandler;
import org.readout.store.Store;

/**
 * The REST API under {@code /api} and the web app at {@code /}, served by one embedded Jetty over
 * an open store. The caller owns the store: closing the server does not close it.
 */
public final class ReadoutServer implements AutoCloseable {
    /** Threads kept while idle, as Jetty's own pool keeps. */
    private static final int IDLE_THREADS = 8;
    /** Bodies received at once: each is up to the body limit in memory, and 32 of them fit (see the limit's default). */
    private static final int BODIES_AT_ONCE = 32;

    private final Javalin app;

    private ReadoutServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code store} as {@code config} says; returns once the port is bound. */
    public static ReadoutServer start(Store store, ServerConfig config) {
        Objects.requireNonNull(store, "store");
        ObjectMapper json = mapper();
        ProblemErrorHandler errors = new ProblemErrorHandler(json);
        // a body as large again as the limit is read and dropped, so that its sender reads the 413
        BodyLimits bodies = new BodyLimits(config.maxBodyBytes(), 2 * config.maxBodyBytes(), config.minBodyRate(),
                BODIES_AT_ONCE);
        Javalin app = Javalin.create(c -> {
            c.jetty.threadPool = threadPool(config.threads());
            c.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.host());
                connector.setPort(config.port());
                connector.setIdleTimeout(config.idleTimeout().toMillis());
                return connector;
            });
            c.jetty.modifyServer(server -> {
                server.setErrorHandler(errors);
                server.insertHandler(new BodyHandler(bodies)); // Javalin's servlet goes inside it
            });
            c.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(json, false));
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/readout/web";
                files.location = Location.CLASSPATH;
            });
            Api.register(c.routes, store, config.ingestToken(), config.maxBodyBytes(), config.extractions(), json);
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
