package org.readout.analysis.codes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * One PLOVER event as the PLOVER manual (draft 0.8) names its fields, one JSON object a line; the
 * last two fields are Readout's own (extra named fields are allowed).
 *
 * @param date       YYYY-MM-DD, never null: see {@link MeetingFacts#day} for an undated meeting
 * @param event      the event types (one: CONSULT, AGREE, ...)
 * @param mode       CONSULT's modes (visit, third-party, multilateral, phone); empty for the others
 * @param context    PLOVER contexts of the topics
 * @param quadCode   1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param eventText  the sentence of a statement; a meeting's occasion where the accounts give one
 * @param link       the URL of the first account that reports it whose record gives one
 * @param codedDate  the day the first account was stored, when Readout coded it
 * @param meetingId  Readout's meeting, for joining to its tables
 * @param documents  the documents that report it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "event_loc",
        "event_text", "link", "coder", "coded_date", "meeting_id", "documents"})
public record PloverEvent(
        @JsonProperty("id") String id,
        @JsonProperty("date") String date,
        @JsonProperty("actor") List<Entity> actor,
        @JsonProperty("recipient") List<Entity> recipient,
        @JsonProperty("event") List<String> event,
        @JsonProperty("mode") List<String> mode,
        @JsonProperty("context") List<String> context,
        @JsonProperty("quad_code") int quadCode,
        @JsonProperty("event_loc") Place eventLoc,
        @JsonProperty("event_text") String eventText,
        @JsonProperty("link") String link,
        @JsonProperty("coder") String coder,
        @JsonProperty("coded_date") String codedDate,
        @JsonProperty("meeting_id") String meetingId,
        @JsonProperty("documents") List<String> documents) {
    private static final ObjectMapper JSON = new ObjectMapper(); // thread-safe once configured

    /** An entity as PLOVER's gold-standard records write one: the text's name, the state's code, the sector. */
    @JsonPropertyOrder({"actorText", "code", "sector"})
    public record Entity(@JsonProperty("actorText") String actorText, @JsonProperty("code") String code,
                         @JsonProperty("sector") String sector) {
    }

    /** Where it happened, as PLOVER's gold-standard records write it: a name and the ISO alpha-2 country code. */
    @JsonPropertyOrder({"name", "country code"})
    public record Place(@JsonProperty("name") String name, @JsonProperty("country code") String countryCode) {
    }

    public PloverEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        event = List.copyOf(event);
        mode = List.copyOf(mode);
        context = List.copyOf(context);
        documents = List.copyOf(documents);
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
