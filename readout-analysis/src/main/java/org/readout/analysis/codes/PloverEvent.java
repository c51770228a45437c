package org.readout.analysis.codes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.readout.model.Location;

/**
 * One PLOVER-coded event as a POLECAT-style JSON object (field names as in POLECAT's records).
 *
 * @param eventDate        ISO date, or null where the meeting's date is unknown
 * @param eventMode        for CONSULT: visit, host, third-party, phone, multilateral; else null
 * @param eventText        the statement's sentence (null for the meeting itself)
 * @param sourceDocuments  the documents that report it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"event_id", "event_date", "event_type", "event_mode", "event_text", "actor", "actor_country",
        "recipient", "recipient_country", "location", "meeting_id", "source_documents"})
public record PloverEvent(
        @JsonProperty("event_id") String eventId,
        @JsonProperty("event_date") String eventDate,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("event_mode") String eventMode,
        @JsonProperty("event_text") String eventText,
        @JsonProperty("actor") String actor,
        @JsonProperty("actor_country") String actorCountry,
        @JsonProperty("recipient") String recipient,
        @JsonProperty("recipient_country") String recipientCountry,
        @JsonProperty("location") Location location,
        @JsonProperty("meeting_id") String meetingId,
        @JsonProperty("source_documents") List<String> sourceDocuments) {
    private static final ObjectMapper JSON = new ObjectMapper(); // thread-safe once configured

    public PloverEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        sourceDocuments = List.copyOf(sourceDocuments);
    }

    /** This event as one line of JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
