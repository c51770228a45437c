package org.readout.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.analysis.Account;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.Span;

/**
 * Reads accounts (stored events with their document's outlet, perspective and date) back from the
 * event and participant rows. Which ones: a query giving (document_id, event_index) pairs.
 */
final class AccountReader {
    private AccountReader() {
    }

    static List<Account> read(Connection c, String keysSql, Object... params) throws SQLException {
        Map<String, List<Participant>> people = new HashMap<>();
        Sql.each(c, "WITH k AS (" + keysSql + ") SELECT p.* FROM k JOIN participants p USING (document_id, event_index)"
                + " ORDER BY p.document_id, p.event_index, p.position",
                rs -> people.computeIfAbsent(key(rs), x -> new ArrayList<>()).add(
                        new Participant(rs.getString("name"), rs.getString("country"), Sql.strings(rs, "roles"))), params);
        return Sql.list(c, "WITH k AS (" + keysSql + ") SELECT e.*, d.name AS doc, d.outlet, d.perspective, d.published"
                        + " FROM k JOIN events e USING (document_id, event_index) JOIN documents d ON d.id = e.document_id"
                        + " ORDER BY e.document_id, e.event_index",
                rs -> new Account(rs.getString("document_id"), rs.getString("doc"), rs.getInt("event_index"),
                        rs.getString("outlet"), rs.getString("perspective"), Sql.date(rs, "published"),
                        event(rs, people.getOrDefault(key(rs), List.of()))), params);
    }

    private static String key(ResultSet rs) throws SQLException {
        return rs.getString("document_id") + "#" + rs.getInt("event_index");
    }

    private static Event event(ResultSet rs, List<Participant> participants) throws SQLException {
        String city = rs.getString("city");
        String region = rs.getString("region");
        String country = rs.getString("country");
        Location location = city == null && region == null && country == null ? null : new Location(city, region, country);
        Integer start = Sql.integer(rs, "evidence_start");
        Span evidence = start == null ? null : new Span(start, rs.getInt("evidence_end"));
        return new Event(EventMode.valueOf(rs.getString("mode").toUpperCase(Locale.ROOT)), Sql.date(rs, "date"),
                location, rs.getString("host"), rs.getString("occasion"), participants, evidence);
    }
}
