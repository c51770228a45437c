package org.readout.analysis.compare;

import java.util.List;
import java.util.Objects;
import org.readout.model.Statement;

/**
 * One account in a comparison: whose it is and what it reports of the meeting.
 *
 * @param found whether the account's record was given; if not, it has no statements
 */
public record Side(String accountKey, String doc, String outlet, String perspective, boolean found,
                   List<Statement> statements) {
    public Side {
        Objects.requireNonNull(accountKey, "accountKey");
        statements = List.copyOf(statements);
    }
}
