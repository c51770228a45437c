package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.store.Store;

class ServerThreadsTest {
    @TempDir
    Path dir;

    @Test
    void requestsBeyondTheThreadsWaitTheirTurnInsteadOfFailing() {
        ServerConfig config = ServerConfig.loopback(0).withThreads(ServerConfig.MIN_THREADS);
        try (Store store = Store.open(dir); ReadoutServer server = ReadoutServer.start(store, config)) {
            HttpClient client = HttpClient.newHttpClient();
            URI pairs = URI.create("http://127.0.0.1:" + server.port() + "/api/pairs");
            List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 32)
                    .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(pairs).build(), HttpResponse.BodyHandlers.ofString()))
                    .toList();

            assertThat(answers).allSatisfy(a -> assertThat(a.join().statusCode()).isEqualTo(200));
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("readout-http"))
                    .hasSizeBetween(1, ServerConfig.MIN_THREADS);
        }
    }

    @Test
    void fewerThreadsThanJettyNeedsAreRefused() {
        assertThatThrownBy(() -> ServerConfig.loopback(0).withThreads(ServerConfig.MIN_THREADS - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least");
    }
}
