package org.readout.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored document as a list shows it, without its text and record.
 *
 * @param id     the SHA-256 of the text
 * @param seq    its place in ingest order, from 1
 * @param name   the record's doc (file name) at first ingest
 * @param origin where it was read from; may be null
 */
public record DocumentSummary(String id, long seq, String name, String origin, String title, String outlet,
                              LocalDate published, String perspective, String language, List<String> topics) {
    public DocumentSummary {
        Objects.requireNonNull(id, "id");
        topics = List.copyOf(topics);
    }
}
