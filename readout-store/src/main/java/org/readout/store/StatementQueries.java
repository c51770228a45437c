package org.readout.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.readout.analysis.StatementRef;
import org.readout.model.Span;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

/** Statements by speaker, side, topic, kind and day; and how often each side spoke on each topic. */
final class StatementQueries {
    private final ActorKeys actorKeys;
    private final CountryCodes countries;

    StatementQueries(ActorKeys actorKeys, CountryCodes countries) {
        this.actorKeys = actorKeys;
        this.countries = countries;
    }

    List<StatementRef> statements(Connection c, StatementFilter f, Page page) throws SQLException {
        Where where = new Where().and("s.date >= ?", f.since()).and("s.date <= ?", f.until())
                .and("s.country = ?", side(f.country()))
                .and("list_contains(s.topics, ?)", f.topic())
                .and("s.kind = ?", f.kind() == null ? null : f.kind().name().toLowerCase(Locale.ROOT))
                .and("s.actor_id = ?", f.actorId());
        List<String> documents = f.meetingId() == null ? null : documentsOf(c, f.meetingId());
        if (documents != null && documents.isEmpty()) {
            return List.of();
        }
        if (f.speaker() != null) {
            Optional<ActorKeys.ActorKey> actor = actorKeys.resolve(f.speaker());
            // "both" and a state speaking as itself have no actor: their name is matched as written
            where = actor.isPresent() ? where.and("s.actor_id = ?", actor.get().id())
                    : where.and("lower(s.speaker) = lower(?)", f.speaker().strip());
        }
        // the page is cut from statements alone; only its rows are joined to their documents and events
        return StatementParties.fill(c, Sql.list(c, source(documents) + "SELECT s.*, d.name AS doc, d.perspective FROM"
                + " (SELECT * FROM " + (documents == null ? "statements" : "of_meeting") + " s" + where.sql()
                + " ORDER BY s.date NULLS LAST, s.document_id, s.statement_index LIMIT ? OFFSET ?) s"
                + " JOIN documents d ON d.id = s.document_id ORDER BY s.date NULLS LAST, s.document_id, s.statement_index",
                StatementQueries::statement, params(documents, where.params(page.limit(), page.offset()))));
    }

    /** The documents that give a meeting's accounts: a list of ids is an index lookup, a subquery a scan. */
    private static List<String> documentsOf(Connection c, String meetingId) throws SQLException {
        return Sql.list(c, "SELECT DISTINCT document_id FROM meeting_accounts WHERE meeting_id = ?", rs -> rs.getString(1),
                meetingId);
    }

    /**
     * A meeting's statements, read first by their documents' ids: a LIMIT over the table itself would
     * turn DuckDB's index scan into a scan of every statement.
     */
    private static String source(List<String> documents) {
        return documents == null ? "" : "WITH of_meeting AS MATERIALIZED (SELECT * FROM statements WHERE document_id IN ("
                + StatementParties.placeholders(documents.size()) + ")) ";
    }

    private static Object[] params(List<String> documents, Object[] rest) {
        if (documents == null) {
            return rest;
        }
        List<Object> all = new ArrayList<>(documents);
        all.addAll(Arrays.asList(rest));
        return all.toArray();
    }

    /** A statement row, its parties left for {@link StatementParties#fill}. */
    private static StatementRef statement(ResultSet rs) throws SQLException {
        Integer start = Sql.integer(rs, "evidence_start");
        Statement s = new Statement(rs.getString("speaker"), rs.getString("country"),
                StatementKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), Sql.strings(rs, "topics"),
                rs.getString("text"), start == null ? null : new Span(start, rs.getInt("evidence_end")));
        return new StatementRef(rs.getString("document_id"), rs.getString("doc"), rs.getInt("statement_index"),
                Sql.date(rs, "date"), rs.getString("perspective"), s, List.of());
    }

    /**
     * Statements per period, side and topic, in the documents where the two states meet: each
     * side's own statements, and under "BOTH" what they said together.
     */
    List<TopicCount> topicCounts(Connection c, String one, String other, TopicCount.Period period) throws SQLException {
        String a = countries.code(one);
        String b = countries.code(other);
        String cut = period == TopicCount.Period.YEAR ? "strftime(date, '%Y')"
                : "strftime(date, '%Y') || '-Q' || quarter(date)";
        return Sql.list(c, "SELECT period, country, topic, count(*) AS n FROM ("
                        + " SELECT " + cut + " AS period, country, unnest(topics) AS topic FROM statements"
                        + " WHERE date IS NOT NULL AND country IN (?, ?, ?) AND document_id IN"
                        + " (SELECT document_id FROM events WHERE list_has_all(countries, [?, ?])))"
                        + " GROUP BY ALL ORDER BY period, country, topic",
                rs -> new TopicCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                a, b, Statement.BOTH_COUNTRY, a, b);
    }

    private String side(String codeOrName) {
        return codeOrName != null && codeOrName.strip().equalsIgnoreCase(Statement.BOTH_COUNTRY) ? Statement.BOTH_COUNTRY
                : countries.code(codeOrName);
    }
}
