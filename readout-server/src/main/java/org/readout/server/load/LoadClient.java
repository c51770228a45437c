package org.readout.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * GETs against a Readout server on this machine. The base URL must name a loopback address: a load
 * test is never aimed at someone else's server.
 */
public final class LoadClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;

    /** @throws IllegalArgumentException if {@code base} is not an http URL of a loopback address */
    public LoadClient(URI base) {
        this.base = requireLoopback(base);
        // HTTP/1.1: one connection per client thread, as browsers and scripts would use the API
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    static URI requireLoopback(URI base) {
        if (!"http".equals(base.getScheme()) || base.getHost() == null) {
            throw new IllegalArgumentException("the load test needs an http://HOST:PORT base URL, not " + base);
        }
        if (!isLoopback(base.getHost())) {
            throw new IllegalArgumentException("the load test runs on loopback only; " + base.getHost()
                    + " is not a loopback address");
        }
        return base;
    }

    /** Every address the name stands for is loopback; a name that does not resolve is not. */
    private static boolean isLoopback(String host) {
        try {
            return Arrays.stream(InetAddress.getAllByName(host)).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Sends the request and times it until its whole body is read; any failure is in the sample, not thrown. */
    public Sample time(LoadRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(get(request.path()), HttpResponse.BodyHandlers.ofByteArray());
            return new Sample(request, response.statusCode(), System.nanoTime() - start, response.body().length, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(request, 0, System.nanoTime() - start, 0, e.toString());
        } catch (IOException | RuntimeException e) {
            return new Sample(request, 0, System.nanoTime() - start, 0, e.toString());
        }
    }

    /** The JSON answer to {@code GET path}. */
    public JsonNode json(String path) {
        try {
            HttpResponse<String> response = http.send(get(path), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }

    private HttpRequest get(String path) {
        String root = base.toString().replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(root + path)).timeout(TIMEOUT).GET().build();
    }
}
