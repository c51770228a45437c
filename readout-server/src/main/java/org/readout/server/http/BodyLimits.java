package org.readout.server.http;

/**
 * What a request body may be.
 *
 * @param maxBytes     the largest body handed to the app; larger ones are answered 413
 * @param discardBytes the most of a too-large body read and thrown away before answering 413, so that a client
 *                     still sending reads the answer instead of a reset; beyond it the connection is closed
 * @param minRate      the slowest a body may arrive, in bytes per second after its first second
 * @param concurrent   the most bodies being received at once; more are answered 503
 */
public record BodyLimits(long maxBytes, long discardBytes, long minRate, int concurrent) {
    public BodyLimits {
        if (maxBytes < 1 || discardBytes < maxBytes || minRate < 1 || concurrent < 1) {
            throw new IllegalArgumentException("bad body limits: " + maxBytes + ", " + discardBytes + ", " + minRate + ", "
                    + concurrent);
        }
    }
}
