package org.readout.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of reported speech with its speaker.
 *
 * @param speaker  a participant's name, {@link #BOTH}, or a country's name when the text gives it to a state
 * @param country  alpha-3 of the speaker's state, or {@link #BOTH_COUNTRY}
 * @param evidence where {@code text} stands in the document
 */
public record Statement(
        String speaker, String country, StatementKind kind, List<String> topics, String text, Span evidence) {
    public static final String BOTH = "both";
    public static final String BOTH_COUNTRY = "BOTH";

    public Statement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        topics = List.copyOf(topics);
    }
}
