package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readout.server.api.SafetyHeaders;
import org.readout.store.Store;

/** Bad requests get problem JSON with the right status, and every answer carries the safety headers. */
class ApiErrorsTest {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/meetings/m0000", "/api/documents/abc", "/api/records/abc", "/api/actors/a0",
        "/api/countries/Atlantis", "/api/nothing", "/api/meetings/m1/more"})
    void unknownIdsAndPathsAreNotFound(String path) {
        server.assertProblem(server.get(path), 404, "not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/meetings?limit=0", "/api/meetings?limit=501", "/api/documents?limit=ten",
        "/api/pairs?offset=-1", "/api/meetings?since=2024-13-01", "/api/statements?until=yesterday",
        "/api/meetings?country=Atlantis", "/api/statements?kind=promise", "/api/search?q=x&type=page",
        "/api/topics?country=CHN&other=VNM&period=month", "/api/topics?country=CHN", "/api/topics?country=CHN&other=China", "/api/search",
        "/api/search?q=x&pair=CHN", "/api/commitments?country=Atlantis", "/api/actors?sort=age",
        "/api/statements?topic=shipping", "/api/search?q=x&topic=shipping", "/api/pairs/Atlantis/VNM/labels", "/api/pairs/VNM/Vietnam/labels",
        "/api/search?q=%22open"})
    void badParametersAreBadRequests(String path) {
        server.assertProblem(server.get(path), 400, "bad_request");
    }

    @Test
    void aBadRequestSaysWhatWouldBeUnderstood() {
        assertThat(server.assertProblem(server.get("/api/meetings?country=Atlantis"), 400, "bad_request").get("detail").asText())
                .isEqualTo("unknown country 'Atlantis': give an ISO 3166 alpha-3 code or an English name;"
                        + " the store has no meetings yet");
        assertThat(server.assertProblem(server.get("/api/statements?kind=promise"), 400, "bad_request").get("detail").asText())
                .isEqualTo("kind must be one of commitment, proposal, position, support, opposition, agreement, other, was 'promise'");
        assertThat(server.assertProblem(server.get("/api/search?q=border+%22gates"), 400, "bad_request").get("detail").asText())
                .startsWith("cannot read the query at character 8: the \" there is never closed;");
        assertThat(server.assertProblem(server.get("/api/search?q=(border+gates"), 400, "bad_request").get("detail").asText())
                .startsWith("the query ends at character 14 where more is needed");
        assertThat(server.json("/api/search?q=border+gates").get("items")).isNotNull();
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        server.assertProblem(server.post("/api/meetings", "text/plain", "x".getBytes()), 405, "method_not_allowed");
        server.assertProblem(server.send(server.request("/api/documents").DELETE().build()), 405, "method_not_allowed");
    }

    @Test
    void everyAnswerCarriesTheSafetyHeadersAndNoCorsHeader() {
        List<HttpResponse<String>> answers = List.of(server.get("/api"), server.get("/api/nothing"), server.get("/"),
                server.get("/api/meetings?limit=0"),
                server.send(server.request("/api/meetings").header("Origin", "https://evil.example").GET().build()),
                server.send(server.request("/api/documents").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").build()));
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.headers().firstValue("Content-Security-Policy")).contains(SafetyHeaders.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(r.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
        });
        assertThat(SafetyHeaders.CSP).contains("script-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void aFailureIsAnInternalErrorThatTellsNothingOfItsCause(@TempDir Path other) {
        Store closed = Store.open(other);
        try (ReadoutServer failing = ReadoutServer.start(closed, ServerConfig.loopback(0))) {
            closed.close(); // every query now fails inside the store
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + failing.port() + "/api/documents")).GET().build());
            server.assertProblem(r, 500, "internal");
            assertThat(r.body()).doesNotContain("Store", "duckdb", "SQL");
        }
    }

    @Test
    void theWebAppIsServedAtTheRoot() {
        HttpResponse<String> index = server.get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }
}
