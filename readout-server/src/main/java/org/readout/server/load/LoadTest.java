package org.readout.server.load;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A bounded load test of a Readout server on this machine: a fixed number of GETs from a fixed pool of
 * client threads, each sending its next request as soon as its last one is answered (a closed loop, so
 * the server is never offered more than {@code clients} requests at once).
 */
public final class LoadTest {
    private final LoadClient client;
    private final int clients;

    public LoadTest(LoadClient client, int clients) {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be positive: " + clients);
        }
        this.client = client;
        this.clients = clients;
    }

    /**
     * Discovers the request mix on the server at {@code base} (a loopback URL), warms the server up,
     * then times the requests drawn with the settings' seed.
     */
    public static LoadResult run(URI base, LoadSettings settings) {
        LoadClient client = new LoadClient(base);
        RequestMix mix = MixDiscovery.discover(client);
        LoadTest test = new LoadTest(client, settings.clients());
        Warmup warmup = Warmup.run(test, mix, settings);
        long start = System.nanoTime();
        List<Sample> samples = test.send(mix.draw(settings.requests(), settings.seed()));
        return LoadResult.of(settings, warmup, Duration.ofNanos(System.nanoTime() - start), samples);
    }

    /** Sends every request, {@code clients} at a time; a sample per request, in the requests' order. */
    public List<Sample> send(List<LoadRequest> requests) {
        Sample[] samples = new Sample[requests.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = IntStream.range(0, clients).<Future<?>>mapToObj(i -> pool.submit(() -> {
                for (int k = next.getAndIncrement(); k < samples.length; k = next.getAndIncrement()) {
                    samples[k] = client.time(requests.get(k));
                }
            })).toList();
            for (Future<?> f : running) {
                f.get(); // also makes the samples the clients wrote visible here
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load test interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(samples);
    }
}
