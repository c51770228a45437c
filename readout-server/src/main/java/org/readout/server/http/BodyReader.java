package org.readout.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One request's body, read as it arrives (each time Jetty says there is more, on whichever thread),
 * then handed to the app whole; or the request refused as too large, too slow or stalled.
 */
final class BodyReader implements Runnable {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Handler app;
    private final BodyLimits limits;
    private final String tooLarge;
    private final Runnable done;
    private final AtomicBoolean finished = new AtomicBoolean();
    private final long started = System.nanoTime();
    private final ByteArrayOutputStream body;
    private long received;

    BodyReader(Request request, Response response, Callback callback, Handler app, BodyLimits limits, String tooLarge,
            Runnable done) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.app = app;
        this.limits = limits;
        this.tooLarge = tooLarge;
        this.done = done;
        long declared = request.getLength();
        this.body = new ByteArrayOutputStream((int) Math.min(declared > 0 ? declared : 8192, limits.maxBytes()));
    }

    /** Reads what has arrived, then asks to be run again when more does. */
    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                failed(chunk.getFailure());
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            received += bytes.remaining();
            if (received <= limits.maxBytes()) {
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                body.write(copy, 0, copy.length);
            }
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                complete();
                return;
            }
            if (received > limits.discardBytes()) {
                finish(413, tooLarge, true);
                return;
            }
            if (tooSlow()) {
                finish(408, "the body arrived slower than " + limits.minRate() + " bytes a second", true);
                return;
            }
        }
    }

    private boolean tooSlow() {
        long elapsed = System.nanoTime() - started;
        return elapsed >= SECOND && received < limits.minRate() * elapsed / SECOND;
    }

    private void failed(Throwable failure) {
        if (failure instanceof TimeoutException) {
            finish(408, "the body stalled", true);
        } else if (finished.compareAndSet(false, true)) { // the connection broke: nobody to answer
            done.run();
            callback.failed(failure);
        }
    }

    private void complete() {
        if (received > limits.maxBytes()) {
            finish(413, tooLarge, false); // read to its end: the connection stays usable
            return;
        }
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        done.run();
        WholeBody whole = new WholeBody(request, ByteBuffer.wrap(body.toByteArray()));
        try {
            if (!app.handle(whole, response, callback)) {
                Response.writeError(whole, response, callback, 404);
            }
        } catch (Throwable x) {
            callback.failed(x);
        }
    }

    private void finish(int status, String detail, boolean close) {
        if (finished.compareAndSet(false, true)) {
            done.run();
            refuse(request, response, callback, status, detail, close);
        }
    }

    /** Answers with an error, closing the connection after it when the rest of the body is not going to be read. */
    static void refuse(Request request, Response response, Callback callback, int status, String detail, boolean close) {
        if (close) {
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        Response.writeError(request, response, callback, status, detail);
    }
}
