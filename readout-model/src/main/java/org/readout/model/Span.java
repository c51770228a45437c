package org.readout.model;

import java.io.Serializable;
/**
 * A stretch of the document text: UTF-16 offsets, start inclusive, end exclusive.
 */
public record Span(int start, int end) implements Serializable {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
