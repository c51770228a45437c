package org.readout.server.load;

/**
 * How much load to send.
 *
 * @param requests timed requests in all
 * @param clients  concurrent clients, each sending its next request as soon as its last one is answered
 * @param warmup       requests per warm-up round, sent the same way and not counted (JIT, caches, connections)
 * @param warmupRounds the most warm-up rounds; they stop earlier once throughput is steady ({@link Warmup})
 * @param seed         the seed of the request mix: the same seed over the same store times the same requests,
 *                     whatever the warm-up
 */
public record LoadSettings(int requests, int clients, int warmup, int warmupRounds, long seed) {
    public LoadSettings {
        if (requests < 1 || clients < 1 || warmup < 0 || warmupRounds < 1) {
            throw new IllegalArgumentException("requests, clients and warm-up rounds must be positive and warm-up"
                    + " not negative: " + requests + ", " + clients + ", " + warmupRounds + ", " + warmup);
        }
    }
}
