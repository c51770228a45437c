package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.readout.server.ReadoutServer;
import org.readout.server.ServerConfig;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout serve}: the REST API and the web app over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the store: the web app at http://HOST:PORT/ and the REST API under /api (described by"
                + " /api/openapi.yaml). Read-only unless an ingest token is given; then POST /api/documents with"
                + " \"Authorization: Bearer TOKEN\" ingests."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by an interrupt", "1:the store could not be opened or is not there, or the port is taken",
            "2:usage error", "3:internal error"})
final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "READOUT_INGEST_TOKEN";
    private static final int CLOSE_WAIT_SECONDS = 30;

    @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "The port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--ingest-token-file", paramLabel = "FILE",
            description = "A file holding the token that POST /api/documents requires (also $" + TOKEN_VARIABLE
                    + "). Without one the API is read-only.")
    Path tokenFile;

    @Option(names = "--max-body", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY_BYTES, paramLabel = "BYTES",
            description = "The largest request body accepted. Default: ${DEFAULT-VALUE}.")
    long maxBody;

    @Option(names = "--threads", paramLabel = "N",
            description = "The most requests worked on at once; more wait their turn. Default: 4 per core, at least 8.")
    Integer threads;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "A connection or request body silent this long is closed (408). Default: ${DEFAULT-VALUE}.")
    long idleTimeoutSeconds;

    @Option(names = "--min-body-rate", paramLabel = "BYTES_PER_SECOND", defaultValue = "" + ServerConfig.DEFAULT_MIN_BODY_RATE,
            description = "A request body arriving slower than this is cut off (408), so that slow clients cannot hold the workers. Default: ${DEFAULT-VALUE}.")
    long minBodyRate;

    @Option(names = "--extractions", paramLabel = "N",
            description = "The most extractions (POST /api/extract, ingest) at once; more get 503 with Retry-After. Default: half the cores, at least 1.")
    Integer extractions;

    @Mixin
    StoreOption store;

    @Mixin
    DatabaseThreadsOption databaseThreads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String token = tokenFile != null ? Files.readString(tokenFile, StandardCharsets.UTF_8).strip()
                : System.getenv(TOKEN_VARIABLE);
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, token, maxBody, threads != null ? threads : ServerConfig.DEFAULT_THREADS)
                    .withIdleTimeout(Duration.ofSeconds(idleTimeoutSeconds)).withMinBodyRate(minBodyRate)
                    .withExtractions(extractions != null ? extractions : ServerConfig.DEFAULT_EXTRACTIONS);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("readout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // the JVM halts once its hooks return: this one waits until the store is closed
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            awaitQuietly(closed);
        }, "readout-serve-stop"));
        try {
            // without a token nothing is written: the store is opened read-only, and may be in a read-only folder
            return config.readOnly() ? store.query(databaseThreads::applyTo, s -> serve(s, config, stopped))
                    : store.repair(databaseThreads::applyTo, s -> serve(s, config, stopped));
        } finally {
            closed.countDown();
        }
    }

    private int serve(Store s, ServerConfig config, CountDownLatch stopped) {
        PrintWriter out = spec.commandLine().getOut();
        try (ReadoutServer server = ReadoutServer.start(s, config)) {
            out.println("readout: serving " + s.counts().describe() + " from " + store.dir() + " at http://"
                    + config.host() + ":" + server.port() + "/" + (config.readOnly() ? " (read-only)" : " (ingest enabled)"));
            out.flush();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
