package org.readout.extract.person;

import org.readout.model.Span;

/**
 * A stretch of text that refers to a person: a full name, a surname, a title with a surname,
 * or a description ("the Secretary", "his Chinese counterpart").
 */
public record PersonMention(int sentence, Span span, int personId, boolean titled) {
}
