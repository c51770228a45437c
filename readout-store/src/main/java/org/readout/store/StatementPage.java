package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readout.analysis.StatementRef;
import org.readout.model.Span;

/**
 * What a page of statements shows besides their rows: each one's document name and perspective, and
 * the states of the meeting it was made at (the document's last event reported at or before the
 * statement, as a round-up tells each meeting's statements after it, else its first event). The
 * page's documents and their events are read in two indexed lookups, not joined to whole tables nor
 * looked up once per statement.
 */
final class StatementPage {
    private record Event(int index, Integer start, List<String> countries) {
    }

    private record Document(String name, String perspective) {
    }

    private StatementPage() {
    }

    /** The statements with their documents' names and perspectives and their parties filled in, in the same order. */
    static List<StatementRef> complete(Connection c, List<StatementRef> page) throws SQLException {
        List<String> ids = page.stream().map(StatementRef::documentId).distinct().toList();
        if (ids.isEmpty()) {
            return page;
        }
        Map<String, Document> documents = new HashMap<>();
        Sql.each(c, "SELECT id, name, perspective FROM documents WHERE id IN (" + Sql.placeholders(ids.size()) + ")",
                rs -> documents.put(rs.getString(1), new Document(rs.getString(2), rs.getString(3))), ids.toArray());
        Map<String, List<Event>> events = new HashMap<>();
        Sql.each(c, "SELECT document_id, event_index, evidence_start, countries FROM events WHERE document_id IN ("
                        + Sql.placeholders(ids.size()) + ")",
                rs -> events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Event(rs.getInt(2), Sql.integer(rs, "evidence_start"), Sql.strings(rs, "countries"))),
                ids.toArray());
        return page.stream().map(s -> {
            Document d = documents.get(s.documentId());
            return new StatementRef(s.documentId(), d.name(), s.statementIndex(), s.date(), d.perspective(), s.statement(),
                    parties(events.getOrDefault(s.documentId(), List.of()), s.statement().evidence()));
        }).toList();
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
