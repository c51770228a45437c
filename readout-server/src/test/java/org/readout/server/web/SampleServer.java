package org.readout.server.web;

import java.nio.file.Path;
import java.util.List;
import org.readout.model.SourceDocument;
import org.readout.server.ExampleDocuments;
import org.readout.server.ReadoutServer;
import org.readout.server.ServerConfig;
import org.readout.store.DocumentInput;
import org.readout.store.Store;

/**
 * A real server on 127.0.0.1 and a free port, over a fresh store holding the five founding documents,
 * two invented accounts of one more meeting (the CLI's fixtures), so that a meeting has accounts to set
 * side by side, and two invented calls of another pair within one year, for a timeline in months.
 */
final class SampleServer implements AutoCloseable {
    /** Xinhua's and the Vietnam News Agency's invented accounts of a Hanoi meeting, December 2024. */
    static final List<Path> TWO_ACCOUNTS = List.of(Path.of("..", "readout-cli", "src", "test", "resources", "fixtures", "cn-hanoi.txt"),
            Path.of("..", "readout-cli", "src", "test", "resources", "fixtures", "vn-hanoi.txt"));

    /** Indonesia and Japan: two calls three months apart. */
    static final List<String> CALLS_WITHIN_A_YEAR = List.of(call("June 3, 2024"), call("September 9, 2024"));

    private final Store store;
    private final ReadoutServer server;

    private SampleServer(Store store, ReadoutServer server) {
        this.store = store;
        this.server = server;
    }

    static SampleServer start(Path dir) {
        Store store = Store.open(dir.resolve("store"));
        store.ingest(ExampleDocuments.inputs());
        store.ingest(TWO_ACCOUNTS.stream().map(ExampleDocuments::input).toList());
        store.ingest(CALLS_WITHIN_A_YEAR.stream().map(text -> new DocumentInput(SourceDocument.of("call.txt", text), null)).toList());
        return new SampleServer(store, ReadoutServer.start(store, ServerConfig.loopback(0)));
    }

    private static String call(String day) {
        return "Indonesian Foreign Minister holds phone call with Japanese counterpart\n\n"
                + "JAKARTA, " + day + " (Antara) -- Indonesian Foreign Minister Retno Marsudi held a phone call with Japanese"
                + " Foreign Minister Yoko Kamikawa on " + day + ".\n\n"
                + "Retno Marsudi said that Indonesia is ready to expand cooperation with Japan on maritime security.\n";
    }

    /** The web app's address, with a hash route such as "#/pair/CHN/VNM". */
    String url(String route) {
        return "http://127.0.0.1:" + server.port() + "/" + route;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
