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
 * side by side, and two invented calls of another pair within one year, for a timeline in months, the
 * first reported twice: by Antara, and by a page with a title and a web address but no outlet.
 */
final class SampleServer implements AutoCloseable {
    /** Xinhua's and the Vietnam News Agency's invented accounts of a Hanoi meeting, December 2024. */
    static final List<Path> TWO_ACCOUNTS = List.of(Path.of("..", "readout-cli", "src", "test", "resources", "fixtures", "cn-hanoi.txt"),
            Path.of("..", "readout-cli", "src", "test", "resources", "fixtures", "vn-hanoi.txt"));

    /** Indonesia and Japan: two calls three months apart. */
    static final List<String> CALLS_WITHIN_A_YEAR = List.of(call("June 3, 2024"), call("September 9, 2024"));

    /** Brazil and Kenya: two calls two and a half years apart, for an axis a phone has room for few labels of. */
    static final List<String> CALLS_YEARS_APART = List.of(kenyaCall("September 8, 2020"), kenyaCall("March 2, 2023"));

    /** An account without an outlet of the first Indonesia-Japan call: named by its title, linked to its address. */
    static final SourceDocument UNNAMED_ACCOUNT = new SourceDocument("tokyo-call.txt",
            "Japan and Indonesia talk trade by phone\n\n"
                    + "TOKYO, June 3, 2024 -- Japanese Foreign Minister Yoko Kamikawa held a phone call with Indonesian Foreign Minister"
                    + " Retno Marsudi on June 3, 2024.\n\n"
                    + "Yoko Kamikawa said that Japan hopes to expand trade and investment with Indonesia.\n",
            "Japan and Indonesia talk trade by phone", "https://example.org/readouts/japan-indonesia-call", null, null);

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
        store.ingest(UNNAMED_ACCOUNT, null);
        store.ingest(CALLS_YEARS_APART.stream().map(text -> new DocumentInput(SourceDocument.of("kenya-call.txt", text), null)).toList());
        return new SampleServer(store, ReadoutServer.start(store, ServerConfig.loopback(0)));
    }

    private static String call(String day) {
        return "Indonesian Foreign Minister holds phone call with Japanese counterpart\n\n"
                + "JAKARTA, " + day + " (Antara) -- Indonesian Foreign Minister Retno Marsudi held a phone call with Japanese"
                + " Foreign Minister Yoko Kamikawa on " + day + ".\n\n"
                + "Retno Marsudi said that Indonesia is ready to expand cooperation with Japan on maritime security.\n";
    }

    private static String kenyaCall(String day) {
        return "Brazilian Foreign Minister holds phone call with Kenyan counterpart\n\n"
                + "BRASILIA, " + day + " -- Brazilian Foreign Minister Carlos Almeida held a phone call with Kenyan"
                + " Foreign Minister Grace Wanjiru on " + day + ".\n\n"
                + "Carlos Almeida said that Brazil is ready to expand trade with Kenya.\n";
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
