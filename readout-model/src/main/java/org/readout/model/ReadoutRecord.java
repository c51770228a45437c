package org.readout.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * The readout record of one document: the contract of {@code shared/spec/record.md}.
 * Null fields are written as JSON null, as the contract shows them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReadoutRecord(
        String doc,
        String title,
        String language,
        LocalDate published,
        String outlet,
        String url,
        String perspective,
        List<Event> events,
        List<Statement> statements,
        List<String> topics,
        @JsonProperty("relationship_labels") List<String> relationshipLabels,
        List<Problem> problems,
        Provenance provenance) {
    public ReadoutRecord {
        Objects.requireNonNull(doc, "doc");
        events = List.copyOf(events);
        statements = List.copyOf(statements);
        topics = List.copyOf(topics);
        relationshipLabels = List.copyOf(relationshipLabels);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return firstError().isPresent();
    }

    /** Why the record has no facts (extraction stopped past its time budget, say), if it failed. */
    public Optional<Problem> firstError() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).findFirst();
    }
}
