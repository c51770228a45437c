package org.readout.extract.grammar;

/** A stretch of a sentence's tokens, {@code start} to {@code end} exclusive. */
public record Phrase(int start, int end) {
    public Phrase {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty phrase " + start + ".." + end);
        }
    }
}
