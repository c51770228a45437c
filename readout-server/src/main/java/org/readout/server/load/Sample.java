package org.readout.server.load;

/**
 * What one timed request gave.
 *
 * @param status  the HTTP status; 0 when no response came
 * @param nanos   from sending the request to having read the whole body
 * @param bytes   the body's size
 * @param failure the exception when no response came; null otherwise
 */
public record Sample(LoadRequest request, int status, long nanos, long bytes, String failure) {
    /** No response, or one outside 2xx. */
    public boolean error() {
        return failure != null || status < 200 || status > 299;
    }

    public double millis() {
        return nanos / 1e6;
    }

    /** One line for the report: what went wrong with which request. */
    public String describe() {
        return (failure != null ? failure : "HTTP " + status) + " for " + request.path();
    }
}
