package org.readout.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.readout.analysis.StatementRef;
import org.readout.analysis.compare.StatementScope;
import org.readout.model.Event;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;
import org.readout.store.Store;
import org.readout.store.StoredDocument;

/**
 * Fills in the states of the meeting at which "both sides" said something, which the store's
 * statement rows leave empty, so that a joint promise counts as each state's commitment: the
 * states of the event the statement belongs to ({@link StatementScope}), read from its record.
 */
final class JointParties {
    private final Store store;
    private final Map<String, Optional<ReadoutRecord>> records = new HashMap<>();

    JointParties(Store store) {
        this.store = store;
    }

    StatementRef withParties(StatementRef ref) {
        if (!ref.parties().isEmpty() || !Statement.BOTH_COUNTRY.equals(ref.statement().country())) {
            return ref;
        }
        List<String> parties = records.computeIfAbsent(ref.documentId(), id -> store.document(id).map(StoredDocument::record))
                .map(r -> parties(r, ref.statementIndex())).orElse(List.of());
        return new StatementRef(ref.documentId(), ref.doc(), ref.statementIndex(), ref.date(), ref.perspective(),
                ref.statement(), parties);
    }

    private static List<String> parties(ReadoutRecord record, int statementIndex) {
        if (statementIndex >= record.statements().size()) {
            return List.of();
        }
        Statement said = record.statements().get(statementIndex);
        for (int i = 0; i < record.events().size(); i++) {
            // the scope holds the record's own statement objects
            if (StatementScope.of(record, i).stream().anyMatch(s -> s == said)) {
                return states(record.events().get(i));
            }
        }
        return List.of();
    }

    private static List<String> states(Event event) {
        return event.participants().stream().map(Participant::country).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
