package org.readout.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.readout.analysis.StatementRef;
import org.readout.model.Span;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

/** Statements by speaker, side, topic, kind and day; and how often each side spoke on each topic. */
final class StatementQueries {
    private static final String ORDER = " ORDER BY s.date NULLS LAST, s.document_id, s.statement_index";

    private final ActorKeys actorKeys;
    private final CountryCodes countries;

    StatementQueries(ActorKeys actorKeys, CountryCodes countries) {
        this.actorKeys = actorKeys;
        this.countries = countries;
    }

    List<StatementRef> statements(Connection c, StatementFilter f, Page page) throws SQLException {
        List<String> documents = f.meetingId() == null ? null : documentsOf(c, f.meetingId());
        if (documents != null && documents.isEmpty()) {
            return List.of();
        }
        Where where = where(f);
        return documents == null ? page(c, where, page) : ofMeeting(c, where, documents, page);
    }

    /** How many statements {@link #statements} pages through in all. */
    long count(Connection c, StatementFilter f) throws SQLException {
        Where where = where(f);
        if (f.meetingId() != null) {
            List<String> documents = documentsOf(c, f.meetingId());
            if (documents.isEmpty()) {
                return 0;
            }
            inDocuments(where, documents);
        }
        return Sql.count(c, "SELECT count(*) FROM statements s" + where.sql(), where.params());
    }

    private Where where(StatementFilter f) {
        Where where = new Where().and("s.date >= ?", f.since()).and("s.date <= ?", f.until())
                .and("s.country = ?", side(f.country()))
                .and("list_contains(s.topics, ?)", f.topic())
                .and("s.kind = ?", f.kind() == null ? null : f.kind().name().toLowerCase(Locale.ROOT))
                .and("s.actor_id = ?", f.actorId());
        if (f.speaker() != null) {
            Optional<ActorKeys.ActorKey> actor = actorKeys.resolve(f.speaker());
            // "both" and a state speaking as itself have no actor: their name is matched as written
            where = actor.isPresent() ? where.and("s.actor_id = ?", actor.get().id())
                    : where.and("lower(s.speaker) = lower(?)", f.speaker().strip());
        }
        return where;
    }

    private static void inDocuments(Where where, List<String> documents) {
        where.and("s.document_id IN (" + Sql.placeholders(documents.size()) + ")", documents.get(0),
                documents.subList(1, documents.size()).toArray());
    }

    /** The page is cut from statements alone; its documents and events are then looked up by id. */
    private static List<StatementRef> page(Connection c, Where where, Page page) throws SQLException {
        return StatementPage.complete(c, Sql.list(c, "SELECT * FROM statements s" + where.sql() + ORDER + " LIMIT ? OFFSET ?",
                StatementQueries::statement, where.params(page.limit(), page.offset())));
    }

    /**
     * A meeting's statements: a LIMIT would turn DuckDB's index scan of its few documents into a scan of
     * every statement (the top-N filter wins), so they are read whole and the page is cut here.
     */
    private static List<StatementRef> ofMeeting(Connection c, Where where, List<String> documents, Page page)
            throws SQLException {
        inDocuments(where, documents);
        List<StatementRef> all = Sql.list(c, "SELECT * FROM statements s" + where.sql() + ORDER, StatementQueries::statement,
                where.params());
        return StatementPage.complete(c, all.subList(Math.min(page.offset(), all.size()),
                (int) Math.min(all.size(), (long) page.offset() + page.limit())));
    }

    /** The documents that give a meeting's accounts: a list of ids is an index lookup, a subquery a scan. */
    private static List<String> documentsOf(Connection c, String meetingId) throws SQLException {
        return Sql.list(c, "SELECT DISTINCT document_id FROM meeting_accounts WHERE meeting_id = ?", rs -> rs.getString(1),
                meetingId);
    }

    /** A statement row; its document's name and perspective and its parties are left for {@link StatementPage#complete}. */
    private static StatementRef statement(ResultSet rs) throws SQLException {
        Integer start = Sql.integer(rs, "evidence_start");
        Statement s = new Statement(rs.getString("speaker"), rs.getString("country"),
                StatementKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), Sql.strings(rs, "topics"),
                rs.getString("text"), start == null ? null : new Span(start, rs.getInt("evidence_end")));
        return new StatementRef(rs.getString("document_id"), null, rs.getInt("statement_index"), Sql.date(rs, "date"), null,
                s, List.of());
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
