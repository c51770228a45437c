package org.readout.server.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hostile clients beside a load test, until closed: posters sending a long text to POST /api/extract
 * again and again (waiting a second after a 503, as its Retry-After asks), and tricklers sending a
 * body a byte a second, reconnecting whenever the server cuts them off. On loopback only.
 */
public final class HostileLoad implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final long RETRY_AFTER_MS = 1000;
    private static final long TRICKLE_MS = 1000;
    private static final int TRICKLE_LENGTH = 1 << 20;

    private final URI base;
    private final byte[] text;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final ConcurrentMap<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong cutOff = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HostileLoad(URI base, byte[] text) {
        this.base = LoadClient.requireLoopback(base);
        this.text = text.clone();
    }

    /** Starts {@code posters} and {@code tricklers} against the server at {@code base}; {@code text} is what posters post. */
    public static HostileLoad start(URI base, int posters, int tricklers, byte[] text) {
        HostileLoad load = new HostileLoad(base, text);
        for (int i = 0; i < posters; i++) {
            load.spawn("hostile-poster-" + i, load::post);
        }
        for (int i = 0; i < tricklers; i++) {
            load.spawn("hostile-trickler-" + i, load::trickle);
        }
        return load;
    }

    private void spawn(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private void post() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/extract")).timeout(TIMEOUT)
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(text)).build();
        while (running.get()) {
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                return;
            }
            answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (status == 503 && !pause(RETRY_AFTER_MS)) {
                return;
            }
        }
    }

    private void trickle() {
        while (running.get()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write(("POST /api/extract HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: " + TRICKLE_LENGTH + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                for (int sent = 0; sent < TRICKLE_LENGTH && in.available() == 0 && running.get(); sent++) {
                    out.write('a');
                    out.flush();
                    if (!pause(TRICKLE_MS)) {
                        return;
                    }
                }
                if (running.get()) {
                    cutOff.incrementAndGet(); // answered (408) before its body was through
                }
            } catch (IOException e) {
                cutOff.incrementAndGet(); // closed by the server
            }
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return running.get();
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** What the posters were answered ("200 x3, 503 x41") and how often the tricklers were cut off. */
    public String tally() {
        StringBuilder out = new StringBuilder("extract answers:");
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append(' ')
                .append(e.getKey() == 0 ? "failed" : e.getKey().toString()).append(" x").append(e.getValue().get()));
        return out.append("; tricklers cut off ").append(cutOff.get()).append(" times").toString();
    }

    /** Stops the clients; a poster waiting for its answer is abandoned (its thread is a daemon). */
    @Override
    public void close() {
        running.set(false);
        threads.forEach(Thread::interrupt);
    }
}
