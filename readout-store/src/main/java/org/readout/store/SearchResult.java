package org.readout.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.readout.model.Span;
import org.readout.model.StatementKind;

/**
 * A search hit with what a result list shows of it, so that a page of hits needs no record read per hit.
 *
 * @param document  the hit's document; null if it is no longer stored
 * @param statement the hit's statement; null for a document hit
 * @param meetingId the meeting the document's first event is an account of; null if it has none
 */
public record SearchResult(@JsonUnwrapped SearchHit hit, Document document, Statement statement, String meetingId) {
    public SearchResult {
        Objects.requireNonNull(hit, "hit");
    }

    /** The document's title, where and when it was published (and its original address, if known), and whose view it gives. */
    public record Document(String title, String outlet, LocalDate published, String url, String perspective) {
    }

    /** Who said it, of which kind and topics, on which day, and where in the text. */
    public record Statement(String speaker, String country, StatementKind kind, List<String> topics, LocalDate date,
                            Span evidence) {
        public Statement {
            topics = List.copyOf(topics);
        }
    }
}
