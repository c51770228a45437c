package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The formal names of a pair's relationship, from the labels of the documents that report the two states meeting.
 * Spellings that differ only in case are one name, written as most of its documents write it.
 */
final class LabelQueries {
    /** Each label of each document with an event of both states, dated by the earliest such event's day (its date, else the publication's). */
    private static final String USES = "WITH pair AS (SELECT e.document_id, min(coalesce(e.date, p.published)) AS day"
            + " FROM events e JOIN documents p ON p.id = e.document_id"
            + " WHERE list_has_all(e.countries, [?, ?]) GROUP BY e.document_id)"
            + " SELECT d.label, d.id, d.name, d.title, d.outlet, d.perspective, d.url, pair.day"
            + " FROM pair JOIN (SELECT id, name, title, outlet, perspective, url, unnest(labels) AS label FROM documents) d"
            + " ON d.id = pair.document_id ORDER BY lower(d.label), pair.day NULLS LAST, d.name, d.id";

    private static final Comparator<LocalDate> UNDATED_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    /** The names in the order they first appear (undated last), each with its first and last day and its documents. */
    List<RelationshipName> names(Connection c, String a, String b) throws SQLException {
        Map<String, List<RelationshipName.Use>> byKey = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Sql.each(c, USES, rs -> {
            String label = rs.getString(1);
            String key = label.toLowerCase(Locale.ROOT);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new RelationshipName.Use(rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), Sql.date(rs, "day")));
            spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(label, 1, Integer::sum);
        }, a, b);
        List<RelationshipName> names = new ArrayList<>();
        byKey.forEach((key, uses) -> {
            List<LocalDate> days = uses.stream().map(RelationshipName.Use::date).filter(Objects::nonNull).toList();
            names.add(new RelationshipName(mostUsed(spellings.get(key)), days.stream().min(LocalDate::compareTo).orElse(null),
                    days.stream().max(LocalDate::compareTo).orElse(null), uses));
        });
        names.sort(Comparator.comparing(RelationshipName::first, UNDATED_LAST).thenComparing(RelationshipName::label));
        return names;
    }

    /** The spelling most documents use; of equals, the one of the earliest document. */
    private static String mostUsed(Map<String, Integer> spellings) {
        return spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
