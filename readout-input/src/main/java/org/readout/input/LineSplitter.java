package org.readout.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a stream as bytes, each held only up to a limit: a longer line is skipped to its
 * end, counted but not kept, so a 100 MB line costs no more memory than a short one.
 */
final class LineSplitter {
    /** A line, or (when {@code bytes} is null) the length of one over the limit. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private long number;

    LineSplitter(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its line end, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == end) {
                end = in.read(buffer, 0, buffer.length);
                position = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? line(kept, length) : null;
                }
            }
            any = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            int chunk = stop - position;
            if (length + chunk <= limit) {
                kept.write(buffer, position, chunk);
            }
            length += chunk;
            position = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                return line(kept, length);
            }
        }
    }

    private int indexOfNewline() {
        for (int i = position; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private Line line(ByteArrayOutputStream kept, long length) {
        number++;
        return length > limit ? new Line(number, null, length) : new Line(number, kept.toByteArray(), length);
    }
}
