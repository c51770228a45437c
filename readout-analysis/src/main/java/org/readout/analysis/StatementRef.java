package org.readout.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.readout.model.Statement;

/**
 * A statement of a stored record with where it comes from.
 *
 * @param date the date of the document's meeting, else its publication date (may be null)
 */
public record StatementRef(String documentId, String doc, int statementIndex, LocalDate date, String perspective,
                           Statement statement) {
    public StatementRef {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(statement, "statement");
    }
}
