package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies are received before the app sees them: clients that trickle or stall are cut off without
 * holding a worker, and a body over the limit is answered 413 in a way its sender reads.
 */
class RequestBodiesTest {
    private static final int TRICKLERS = 5;
    private static final long MAX_BODY = 64 * 1024;

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        // as few workers as Jetty allows, fewer than the tricklers; a short idle timeout for the stalled body
        server = TestServer.start(dir, ServerConfig.loopback(0).withThreads(ServerConfig.MIN_THREADS)
                .withMaxBodyBytes(MAX_BODY).withIdleTimeout(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void tricklingClientsAreCutOffAndHoldNoWorkerMeanwhile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(TRICKLERS);
        try {
            List<CompletableFuture<String>> tricklers = new ArrayList<>();
            for (int i = 0; i < TRICKLERS; i++) {
                tricklers.add(CompletableFuture.supplyAsync(RequestBodiesTest::trickle, pool));
            }
            // the tricklers have sent their headers and are sending their bodies byte by byte meanwhile
            Thread.sleep(300);
            // a bound only so that the test ends if the server does not answer; it answers at once
            HttpResponse<String> pairs = server.send(server.request("/api/pairs").timeout(Duration.ofSeconds(30)).build());
            assertThat(pairs.statusCode()).isEqualTo(200);
            assertThat(tricklers).allSatisfy(t -> assertThat(t.join()).isIn("408", "closed"));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends a body a byte at a time until the server answers or closes; what it did. */
    private static String trickle() {
        try (Socket socket = RawHttp.connect(server.server().port())) {
            RawHttp.write(socket, ("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 10000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int sent = 0; sent < 10_000; sent++) {
                RawHttp.write(socket, new byte[] {'a'});
                if (socket.getInputStream().available() > 0) {
                    break;
                }
                Thread.sleep(100);
            }
            RawHttp.Answer a = RawHttp.read(socket);
            FrontDoorTest.assertProblem(a, 408, "request_timeout");
            return Integer.toString(a.status());
        } catch (IOException e) {
            return "closed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStalledBodyIsATimeout() throws IOException {
        try (Socket socket = RawHttp.connect(server.server().port())) {
            RawHttp.write(socket, ("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 100\r\n\r\nhalf").getBytes(StandardCharsets.US_ASCII));
            FrontDoorTest.assertProblem(RawHttp.read(socket), 408, "request_timeout");
        }
    }

    @Test
    void aBodyOverTheLimitIsReadAndAnswered413WhetherDeclaredOrChunked() throws IOException {
        byte[] big = "a".repeat((int) MAX_BODY + 1).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = RawHttp.connect(server.server().port())) {
            RawHttp.write(socket, ("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + big.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            RawHttp.write(socket, big);
            FrontDoorTest.assertProblem(RawHttp.read(socket), 413, "payload_too_large");
            // the body was read to its end: the connection serves the next request
            RawHttp.write(socket, "GET /api HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.read(socket).status()).isEqualTo(200);
        }
        HttpRequest chunked = server.request("/api/extract")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big))).build();
        server.assertProblem(server.send(chunked), 413, "payload_too_large");
    }

    @Test
    void aClientThatExpectsContinueGets413BeforeSendingTheBody() throws IOException {
        try (Socket socket = RawHttp.connect(server.server().port())) {
            RawHttp.write(socket, ("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + (MAX_BODY + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            FrontDoorTest.assertProblem(RawHttp.read(socket), 413, "payload_too_large");
        }
    }

    @Test
    void aBodyFarOverTheLimitIsAnswered413AndTheConnectionClosed() throws IOException {
        try (Socket socket = RawHttp.connect(server.server().port())) {
            RawHttp.write(socket, ("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + (100 * MAX_BODY) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            RawHttp.Answer a = RawHttp.read(socket);
            FrontDoorTest.assertProblem(a, 413, "payload_too_large");
            assertThat(a.header("Connection")).isEqualTo("close");
        }
    }

    @Test
    void aBodyWithinTheLimitReachesTheApp() {
        HttpResponse<String> r = server.post("/api/extract", "text/plain",
                "Nothing happened today.".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("Nothing happened today.");
    }
}
