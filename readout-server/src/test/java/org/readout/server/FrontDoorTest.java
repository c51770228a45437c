package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.server.api.ProblemJson;
import org.readout.server.api.SafetyHeaders;

/**
 * Requests Jetty refuses itself, before the app sees them, are answered as the app's own errors are:
 * problem JSON with the safety headers. Written on raw sockets: Java's HTTP client will not send them.
 */
class FrontDoorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
    @CsvSource({"/api/%2E%2E/%2e%2e/etc/passwd, 400, bad_request", "/api/x%00y, 400, bad_request",
        "/%00, 400, bad_request", "/api/%zz, 400, bad_request", "'/a\\b', 400, bad_request", "*, 400, bad_request",
        "/api/%2e%2e/x, 404, not_found"})
    void refusedPathsAreProblems(String path, int status, String code) {
        assertProblem(get(path, ""), status, code);
    }

    @Test
    void oversizedHeadersAreProblems() {
        assertProblem(get("/api", "Cookie: " + "a".repeat(64 * 1024) + "\r\n"), 431, "headers_too_large");
    }

    @Test
    void malformedRequestsAreProblems() {
        assertProblem(RawHttp.send(port(), "GARBAGE\r\n\r\n"), 400, "bad_request");
        assertProblem(RawHttp.send(port(), "GET /api HTTP/1.1\r\nConnection: close\r\n\r\n"), 400, "bad_request"); // no Host
        assertProblem(RawHttp.send(port(), "GET /api HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: x\r\n\r\n"), 400,
                "bad_request");
    }

    @Test
    void theAppsOwnAnswersAreUnchanged() {
        RawHttp.Answer ok = get("/api", "");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("Content-Type")).startsWith("application/json");
        assertProblem(get("/api/nothing", ""), 404, "not_found");
    }

    private static RawHttp.Answer get(String path, String headers) {
        return RawHttp.send(port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n");
    }

    private static int port() {
        return server.server().port();
    }

    /** Asserts problem JSON of this status and code, with the safety headers and nothing of Jetty's page. */
    static void assertProblem(RawHttp.Answer a, int status, String code) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.header("Content-Type")).as(a.toString()).startsWith(ProblemJson.CONTENT_TYPE);
        SafetyHeaders.HEADERS.forEach((name, value) -> assertThat(a.header(name)).as(name).isEqualTo(value));
        JsonNode problem;
        try {
            problem = JSON.readTree(a.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + a.body(), e);
        }
        assertThat(problem.get("type").asText()).isEqualTo("about:blank#" + code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("<", "at org.", "Exception");
    }
}
