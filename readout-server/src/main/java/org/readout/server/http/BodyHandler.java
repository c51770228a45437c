package org.readout.server.http;

import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Receives every request body whole before the app sees it, without holding a thread while it
 * arrives: a client trickling a body, or stalling, holds a connection and a little memory until its
 * rate or the idle timeout cuts it off (408), never a worker. Bodies over the limit are answered 413
 * without reaching the app.
 */
public final class BodyHandler extends Handler.Wrapper {
    private final BodyLimits limits;
    private final Semaphore receiving;

    public BodyHandler(BodyLimits limits) {
        this.limits = limits;
        this.receiving = new Semaphore(limits.concurrent());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            return super.handle(request, response, callback);
        }
        if (declared > limits.maxBytes() && (expectsContinue(request) || declared > limits.discardBytes())) {
            // nothing sent yet, or too much to read: answer now; the client that sends anyway is cut off
            BodyReader.refuse(request, response, callback, 413, tooLarge(), !expectsContinue(request));
            return true;
        }
        if (!receiving.tryAcquire()) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            BodyReader.refuse(request, response, callback, 503, "the server is receiving too many bodies: try again", true);
            return true;
        }
        new BodyReader(request, response, callback, getHandler(), limits, tooLarge(), receiving::release).run();
        return true;
    }

    private String tooLarge() {
        return "the body is over the " + limits.maxBytes() + "-byte limit";
    }

    private static boolean expectsContinue(Request request) {
        return request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString());
    }
}
