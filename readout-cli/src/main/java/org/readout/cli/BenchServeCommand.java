package org.readout.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import org.readout.server.ReadoutServer;
import org.readout.server.ServerConfig;
import org.readout.server.load.LoadResult;
import org.readout.server.load.LoadSettings;
import org.readout.server.load.LoadTest;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code readout bench-serve}: serves a store on loopback in this process, sends it a bounded load of
 * API requests from concurrent clients and prints their latencies per endpoint group.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load-test the REST API over a store: serve it on 127.0.0.1 in this process, send a seeded mix"
                + " of GETs (mostly pair timelines and meetings) from concurrent clients, and print count, errors and"
                + " p50/p95/p99/max latency per endpoint group."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every request was answered with 2xx", "1:some request failed, or the store could not be"
                + " opened, is not there or holds no meeting", "2:usage error", "3:internal error"})
final class BenchServeCommand implements Callable<Integer> {
    @Option(names = "--requests", defaultValue = "1000", description = "Timed requests. Default: ${DEFAULT-VALUE}.")
    int requests;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
    int clients;

    @Option(names = "--warmup", defaultValue = "1000", description = "Requests per warm-up round: sent first and not"
            + " counted, so that the timed ones meet a JIT-compiled server, as a long-running one is. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--warmup-rounds", defaultValue = "20", description = "The most warm-up rounds; they stop once a round"
            + " is no more than 5% faster than the one before. 1 for a single round. Default: ${DEFAULT-VALUE}.")
    int warmupRounds;

    @Option(names = "--seed", defaultValue = "42", description = "The request mix's seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Mixin
    StoreOption store;

    @Mixin
    DatabaseThreadsOption databaseThreads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadSettings settings;
        try {
            settings = new LoadSettings(requests, clients, warmup, warmupRounds, seed);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("readout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return store.query(databaseThreads::applyTo, s -> bench(s, settings));
    }

    private int bench(Store s, LoadSettings settings) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("store: " + s.counts().describe() + " in " + store.dir());
        LoadResult result;
        try (ReadoutServer server = ReadoutServer.start(s, ServerConfig.loopback(0))) {
            result = LoadTest.run(URI.create("http://" + ServerConfig.LOOPBACK + ":" + server.port()), settings);
        } catch (IllegalStateException e) {
            // a store without meetings, or an API answer the mix could not be built from
            spec.commandLine().getErr().println("readout: " + e.getMessage());
            return ExitCodes.SOME_INPUT_FAILED;
        }
        out.print(result.table());
        out.flush();
        return result.errors() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
}
