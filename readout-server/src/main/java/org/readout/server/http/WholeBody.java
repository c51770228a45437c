package org.readout.server.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** A request whose body has been received already: all of it is there to read at once. */
final class WholeBody extends Request.Wrapper {
    private final long length;
    private Content.Chunk rest;

    WholeBody(Request request, ByteBuffer body) {
        super(request);
        this.length = body.remaining();
        this.rest = Content.Chunk.from(body, true);
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public synchronized Content.Chunk read() {
        Content.Chunk chunk = rest;
        rest = Content.Chunk.EOF;
        return chunk;
    }

    @Override
    public void demand(Runnable demandCallback) {
        demandCallback.run(); // never waits: read() always has something
    }

    @Override
    public synchronized boolean consumeAvailable() {
        rest = Content.Chunk.EOF;
        return true;
    }
}
