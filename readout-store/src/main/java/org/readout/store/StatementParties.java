package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readout.analysis.StatementRef;
import org.readout.model.Span;

/**
 * The states of the meeting each statement of a page was made at: the document's last event reported
 * at or before the statement (a round-up tells each meeting's statements after it), else its first
 * event. The events of the page's documents are read in one indexed lookup, not once per statement.
 */
final class StatementParties {
    private record Event(int index, Integer start, List<String> countries) {
    }

    private StatementParties() {
    }

    /** The statements with their parties filled in, in the same order. */
    static List<StatementRef> fill(Connection c, List<StatementRef> page) throws SQLException {
        List<String> ids = page.stream().map(StatementRef::documentId).distinct().toList();
        if (ids.isEmpty()) {
            return page;
        }
        Map<String, List<Event>> events = new HashMap<>();
        Sql.each(c, "SELECT document_id, event_index, evidence_start, countries FROM events WHERE document_id IN ("
                        + placeholders(ids.size()) + ")",
                rs -> events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Event(rs.getInt(2), Sql.integer(rs, "evidence_start"), Sql.strings(rs, "countries"))),
                ids.toArray());
        return page.stream().map(s -> new StatementRef(s.documentId(), s.doc(), s.statementIndex(), s.date(), s.perspective(),
                s.statement(), parties(events.getOrDefault(s.documentId(), List.of()), s.statement().evidence()))).toList();
    }

    /** "?, ?, ?": one parameter per value, so that DuckDB can look each up in an index. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * Events at or before the statement first, the latest of them first; then those after it, the
     * earliest first; then, as SQL sorts unknowns, those whose place (or the statement's) is unknown,
     * latest first. Ties go to the lower event index.
     */
    private static List<String> parties(List<Event> events, Span statement) {
        Integer at = statement == null ? null : statement.start();
        Comparator<Event> order = Comparator.<Event>comparingInt(e -> group(e, at))
                .thenComparing(e -> e.start() == null ? null : group(e, at) == 1 ? e.start() : -e.start(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Event::index);
        return events.stream().min(order).map(Event::countries).orElse(List.of());
    }

    private static int group(Event e, Integer at) {
        if (at == null || e.start() == null) {
            return 2;
        }
        return e.start() > at ? 1 : 0;
    }
}
