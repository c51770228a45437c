package org.readout.server.load;

/**
 * How much load to send.
 *
 * @param requests timed requests in all
 * @param clients  concurrent clients, each sending its next request as soon as its last one is answered
 * @param warmup   requests sent first, the same way, and not counted (JIT, caches, connections)
 * @param seed     the seed of the request mix: the same seed over the same store sends the same requests
 */
public record LoadSettings(int requests, int clients, int warmup, long seed) {
    public LoadSettings {
        if (requests < 1 || clients < 1 || warmup < 0) {
            throw new IllegalArgumentException("requests and clients must be positive and warm-up not negative: "
                    + requests + ", " + clients + ", " + warmup);
        }
    }
}
