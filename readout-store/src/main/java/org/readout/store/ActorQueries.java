package org.readout.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people the store knows: listed, found by any spelling, and each one's offices over time. */
final class ActorQueries {
    private static final String ACTORS = "SELECT a.id, a.name, a.country, list(s.spelling ORDER BY s.spelling) AS spellings"
            + " FROM actors a JOIN actor_spellings s ON s.actor_id = a.id";
    /** Each person's event participations and the distinct meetings those report; filtered then grouped by actor. */
    private static final String PARTICIPATIONS = "SELECT p.actor_id, count(*) AS events, count(DISTINCT ma.meeting_id) AS meetings"
            + " FROM participants p LEFT JOIN meeting_accounts ma USING (document_id, event_index)";
    /** Every person with their counts, for orders by count: these need everyone's counts. */
    private static final String RANKED = "WITH ev AS (" + PARTICIPATIONS + " GROUP BY 1),"
            + " st AS (SELECT actor_id, count(*) AS n FROM statements GROUP BY 1)"
            + " SELECT a.id, a.name, a.country, list(s.spelling ORDER BY s.spelling) AS spellings,"
            + " coalesce(ev.events, 0) AS events, coalesce(ev.meetings, 0) AS meetings, coalesce(st.n, 0) AS statements"
            + " FROM actors a JOIN actor_spellings s ON s.actor_id = a.id"
            + " LEFT JOIN ev ON ev.actor_id = a.id LEFT JOIN st ON st.actor_id = a.id";

    /** Actors in name order; with a query, those one of whose spellings contains it (case and accents aside). */
    List<Actor> actors(Connection c, String query, Page page) throws SQLException {
        Where where = spellingLike(query);
        return Sql.list(c, ACTORS + where.sql() + " GROUP BY ALL ORDER BY a.name, a.id LIMIT ? OFFSET ?", ActorQueries::actor,
                where.params(page.limit(), page.offset()));
    }

    /** How many people {@link #actors} lists in all. */
    long count(Connection c, String query) throws SQLException {
        Where where = spellingLike(query);
        return Sql.count(c, "SELECT count(*) FROM actors a" + where.sql(), where.params());
    }

    /**
     * Like {@link #actors}, each with their counts, by name or most events or meetings first. By name,
     * the page comes first and only its people are counted, by index lookups on actor_id.
     */
    List<ActorSummary> summaries(Connection c, String query, ActorSummary.Sort sort, Page page) throws SQLException {
        if (sort == ActorSummary.Sort.NAME) {
            return counted(c, actors(c, query, page));
        }
        Where where = spellingLike(query);
        String order = (sort == ActorSummary.Sort.EVENTS ? "events" : "meetings") + " DESC, a.name, a.id";
        return Sql.list(c, RANKED + where.sql() + " GROUP BY ALL ORDER BY " + order + " LIMIT ? OFFSET ?",
                rs -> new ActorSummary(rs.getString("id"), rs.getString("name"), rs.getString("country"),
                        Sql.strings(rs, "spellings"), rs.getLong("events"), rs.getLong("meetings"), rs.getLong("statements")),
                where.params(page.limit(), page.offset()));
    }

    private static List<ActorSummary> counted(Connection c, List<Actor> actors) throws SQLException {
        if (actors.isEmpty()) {
            return List.of();
        }
        Object[] ids = actors.stream().map(Actor::id).toArray();
        String in = " IN (" + Sql.placeholders(ids.length) + ") GROUP BY 1";
        Map<String, long[]> counts = new HashMap<>(); // events, meetings, statements
        Sql.each(c, PARTICIPATIONS + " WHERE p.actor_id" + in,
                rs -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), 0}), ids);
        Sql.each(c, "SELECT actor_id, count(*) FROM statements WHERE actor_id" + in,
                rs -> counts.computeIfAbsent(rs.getString(1), id -> new long[3])[2] = rs.getLong(2), ids);
        return actors.stream().map(a -> {
            long[] n = counts.getOrDefault(a.id(), new long[3]);
            return new ActorSummary(a.id(), a.name(), a.country(), a.spellings(), n[0], n[1], n[2]);
        }).toList();
    }

    Optional<Actor> byId(Connection c, String id) throws SQLException {
        return Sql.list(c, ACTORS + " WHERE a.id = ? GROUP BY ALL", ActorQueries::actor, id).stream().findFirst();
    }

    Optional<ActorProfile> actor(Connection c, String id) throws SQLException {
        Optional<Actor> found = byId(c, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // one pass over their participations gives both the offices and the span: the join to events is the cost
        OfficeTally tally = new OfficeTally();
        Sql.each(c, "SELECT coalesce(e.date, d.published) AS day, p.roles, ma.meeting_id FROM participants p"
                        + " JOIN events e USING (document_id, event_index) JOIN documents d ON d.id = e.document_id"
                        + " LEFT JOIN meeting_accounts ma USING (document_id, event_index) WHERE p.actor_id = ?",
                rs -> tally.add(Sql.date(rs, "day"), Sql.strings(rs, "roles"), rs.getString("meeting_id")), id);
        long statements = Sql.count(c, "SELECT count(*) FROM statements WHERE actor_id = ?", id);
        return Optional.of(new ActorProfile(found.get(), tally.offices(), tally.first(), tally.last(), tally.events(),
                tally.meetings(), statements));
    }

    /** The topics of a person's statements, most first. */
    List<TopicTotal> topics(Connection c, String id) throws SQLException {
        return Sql.list(c, "SELECT topic, count(*) AS n FROM (SELECT unnest(topics) AS topic FROM statements WHERE actor_id = ?)"
                + " GROUP BY topic ORDER BY n DESC, topic", rs -> new TopicTotal(rs.getString(1), rs.getLong(2)), id);
    }

    private static Where spellingLike(String query) {
        return new Where().and("a.id IN (SELECT actor_id FROM actor_spellings"
                + " WHERE strip_accents(lower(spelling)) LIKE '%' || strip_accents(lower(?)) || '%')", blankToNull(query));
    }

    private static Actor actor(ResultSet rs) throws SQLException {
        return new Actor(rs.getString("id"), rs.getString("name"), rs.getString("country"), Sql.strings(rs, "spellings"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
