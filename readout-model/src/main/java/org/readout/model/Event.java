package org.readout.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One reported diplomatic interaction.
 *
 * @param host     alpha-3 of the hosting country (visit) or of the venue (third location); null for calls
 * @param evidence the sentence that reports the interaction
 */
public record Event(
        EventMode mode,
        LocalDate date,
        @JsonInclude(JsonInclude.Include.ALWAYS) Location location,
        String host,
        String occasion,
        List<Participant> participants,
        Span evidence) implements Serializable {
    public Event {
        Objects.requireNonNull(mode, "mode");
        participants = List.copyOf(participants);
    }
}
