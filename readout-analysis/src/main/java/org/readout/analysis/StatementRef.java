package org.readout.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.readout.model.Statement;

/**
 * A statement of a stored record with where it comes from.
 *
 * @param date    the date of the document's meeting, else its publication date (may be null)
 * @param parties alpha-3 codes of the states of the meeting the statement was made at, so that what
 *                "both sides" agreed to do counts as each state's commitment; empty where unknown
 */
public record StatementRef(String documentId, String doc, int statementIndex, LocalDate date, String perspective,
                           Statement statement, List<String> parties) {
    public StatementRef {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(statement, "statement");
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** Without the meeting's states: a "both sides" agreement then counts for no state. */
    public StatementRef(String documentId, String doc, int statementIndex, LocalDate date, String perspective,
                        Statement statement) {
        this(documentId, doc, statementIndex, date, perspective, statement, List.of());
    }

    /** The statement's key, unique in a store: "documentId#statementIndex". */
    public String key() {
        return documentId + "#" + statementIndex;
    }
}
