package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.readout.store.Store;

/**
 * A real server on 127.0.0.1 and a free port over a store in a folder of the test's, with a client
 * for it. Tests share one per class: opening a store and ingesting is the slow part.
 */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789";

    private final Store store;
    private final ReadoutServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final boolean ownsStore;

    private TestServer(Store store, ServerConfig config, boolean ownsStore) {
        this.store = store;
        this.server = ReadoutServer.start(store, config);
        this.ownsStore = ownsStore;
    }

    /** A server that ingests with {@link #TOKEN}, over a new store in {@code dir}. */
    static TestServer start(Path dir) {
        return new TestServer(Store.open(dir), ServerConfig.loopback(0).withIngestToken(TOKEN), true);
    }

    /** A server configured so, over a new store in {@code dir}. */
    static TestServer start(Path dir, ServerConfig config) {
        return new TestServer(Store.open(dir), config, true);
    }

    /** Like {@link #start}, with the five founding documents of examples/ ingested. */
    static TestServer withExamples(Path dir) {
        TestServer s = start(dir);
        ExampleDocuments.inputs().forEach(d -> s.store.ingest(d.document(), d.origin()));
        return s;
    }

    /** A read-only server over this one's store, which stays open when it closes. */
    TestServer readOnly() {
        return new TestServer(store, ServerConfig.loopback(0), false);
    }

    Store store() {
        return store;
    }

    ReadoutServer server() {
        return server;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    /** The body of a 200 answer as JSON. */
    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r);
    }

    JsonNode parse(HttpResponse<String> r) {
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    /** Asserts that {@code r} is problem JSON of this status and code, with a detail and no stack trace. */
    JsonNode assertProblem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = parse(r);
        assertThat(problem.get("type").asText()).isEqualTo("about:blank#" + code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("at org.", "Exception");
        return problem;
    }

    @Override
    public void close() {
        server.close();
        if (ownsStore) {
            store.close();
        }
    }
}
