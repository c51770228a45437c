package org.readout.store;

import java.util.Objects;

/**
 * One full-text match.
 *
 * @param statementIndex the statement's index in its record; null for a document hit
 * @param snippet        the best passage, matched words between {@value #MARK_START} and {@value #MARK_END}
 */
public record SearchHit(Type type, float score, String documentId, String doc, Integer statementIndex, String snippet) {
    public static final String MARK_START = "[[";
    public static final String MARK_END = "]]";

    public enum Type { DOCUMENT, STATEMENT }

    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(documentId, "documentId");
    }
}
