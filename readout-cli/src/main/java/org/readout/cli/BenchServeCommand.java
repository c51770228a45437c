package org.readout.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.server.ReadoutServer;
import org.readout.server.ServerConfig;
import org.readout.server.load.HostileLoad;
import org.readout.server.load.LatencyRatios;
import org.readout.server.load.LoadResult;
import org.readout.server.load.LoadSettings;
import org.readout.server.load.LoadTest;
import org.readout.store.DocumentSummary;
import org.readout.store.Page;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code readout bench-serve}: serves a store on loopback in this process, sends it a bounded load of
 * API requests from concurrent clients and prints their latencies per endpoint group; with
 * {@code --hostile}, twice: alone, then beside clients that post long texts and trickle bodies.
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
            + " is no more than 5%% faster than the one before. 1 for a single round. Default: ${DEFAULT-VALUE}.")
    int warmupRounds;

    @Option(names = "--seed", defaultValue = "42", description = "The request mix's seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--hostile", description = "Time the mix twice in this session: alone, then while --posters clients post"
            + " --post-bytes of text to /api/extract over and over and --tricklers send a body a byte a second; print both"
            + " and the ratios of p50 and p99.")
    boolean hostile;

    @Option(names = "--posters", defaultValue = "8", description = "With --hostile: clients posting texts. Default: ${DEFAULT-VALUE}.")
    int posters;

    @Option(names = "--post-bytes", defaultValue = "1048576", paramLabel = "BYTES",
            description = "With --hostile: the size of the posted text, made of the store's documents. Default: ${DEFAULT-VALUE}.")
    int postBytes;

    @Option(names = "--tricklers", defaultValue = "5", description = "With --hostile: clients trickling bodies. Default: ${DEFAULT-VALUE}.")
    int tricklers;

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
        int errors;
        try (ReadoutServer server = ReadoutServer.start(s, ServerConfig.loopback(0))) {
            URI base = URI.create("http://" + ServerConfig.LOOPBACK + ":" + server.port());
            LoadResult alone = LoadTest.run(base, settings);
            out.print(alone.table());
            out.flush();
            errors = alone.errors();
            if (hostile) {
                LoadResult beside;
                String tally;
                try (HostileLoad load = HostileLoad.start(base, posters, tricklers, longText(s))) {
                    beside = LoadTest.run(base, settings);
                    tally = load.tally();
                }
                out.println();
                out.println("beside " + posters + " clients posting " + postBytes + " bytes to /api/extract and " + tricklers
                        + " trickling a byte a second:");
                out.print(beside.table());
                out.println(tally);
                out.println();
                out.print(LatencyRatios.table(alone, beside));
                errors += beside.errors();
            }
        } catch (IllegalStateException e) {
            // a store without meetings, or an API answer the mix could not be built from
            spec.commandLine().getErr().println("readout: " + e.getMessage());
            return ExitCodes.SOME_INPUT_FAILED;
        }
        out.flush();
        return errors == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    /** At least {@code postBytes} of the store's texts, one after another: real prose, as an analyst would post. */
    private byte[] longText(Store s) {
        StringBuilder text = new StringBuilder();
        List<DocumentSummary> documents = s.documents(Page.first(Page.MAX_LIMIT));
        for (int i = 0; text.length() < postBytes; i = (i + 1) % documents.size()) {
            s.document(documents.get(i).id()).ifPresent(d -> text.append(d.text()).append("\n\n"));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
