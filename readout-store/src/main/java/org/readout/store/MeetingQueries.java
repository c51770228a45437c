package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.readout.analysis.Account;
import org.readout.analysis.Conflict;
import org.readout.analysis.Meeting;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.ReadoutRecord;

/** Meetings read back: by filter in date order, or one with its documents' records. */
final class MeetingQueries {
    private final RecordJson json;
    private final ActorKeys actorKeys;
    private final CountryCodes countries;

    MeetingQueries(RecordJson json, ActorKeys actorKeys, CountryCodes countries) {
        this.json = json;
        this.actorKeys = actorKeys;
        this.countries = countries;
    }

    List<Meeting> meetings(Connection c, MeetingFilter f, Page page) throws SQLException {
        Where where = new Where().and("m.date >= ?", f.since()).and("m.date <= ?", f.until());
        for (String country : f.countries()) {
            where.and("m.id IN (SELECT meeting_id FROM meeting_countries WHERE country = ?)", countries.code(country));
        }
        if (f.actor() != null) {
            where.and("m.id IN (SELECT a.meeting_id FROM meeting_accounts a JOIN participants p USING (document_id, event_index)"
                    + " WHERE p.actor_id = ?)", actorKeys.resolve(f.actor()).map(ActorKeys.ActorKey::id).orElse(""));
        }
        return read(c, "SELECT * FROM meetings m" + where.sql() + " ORDER BY m.date NULLS LAST, m.id LIMIT ? OFFSET ?",
                where.params(page.limit(), page.offset()));
    }

    Optional<MeetingDetail> meeting(Connection c, String id) throws SQLException {
        List<Meeting> found = read(c, "SELECT * FROM meetings m WHERE m.id = ?", id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Meeting m = found.get(0);
        List<String> ids = m.accounts().stream().map(Account::documentId).distinct().toList();
        Map<String, ReadoutRecord> records = new HashMap<>();
        Sql.each(c, "SELECT id, record_json FROM documents WHERE id IN (SELECT unnest(?))",
                rs -> records.put(rs.getString(1), json.record(rs.getString(2))), ids);
        return Optional.of(new MeetingDetail(m, ids.stream().map(records::get).toList()));
    }

    List<String> idsStartingWith(Connection c, String prefix, int limit) throws SQLException {
        return Sql.list(c, "SELECT id FROM meetings WHERE starts_with(id, ?) ORDER BY id LIMIT ?", rs -> rs.getString(1),
                prefix, limit);
    }

    private List<Meeting> read(Connection c, String sql, Object... params) throws SQLException {
        List<Meeting> bare = Sql.list(c, sql, rs -> {
            String city = rs.getString("city");
            String region = rs.getString("region");
            String country = rs.getString("country");
            return new Meeting(rs.getString("id"), Sql.date(rs, "date"),
                    EventMode.valueOf(rs.getString("mode").toUpperCase(Locale.ROOT)),
                    city == null && region == null && country == null ? null : new Location(city, region, country),
                    Sql.strings(rs, "countries"), json.participants(rs.getString("participants_json")), List.of(), List.of());
        }, params);
        if (bare.isEmpty()) {
            return bare;
        }
        List<String> ids = bare.stream().map(Meeting::id).toList();
        Map<String, List<Account>> accounts = accounts(c, ids);
        Map<String, List<Conflict>> conflicts = conflicts(c, ids);
        return bare.stream().map(m -> new Meeting(m.id(), m.date(), m.mode(), m.location(), m.countries(), m.participants(),
                accounts.getOrDefault(m.id(), List.of()), conflicts.getOrDefault(m.id(), List.of()))).toList();
    }

    private static Map<String, List<Account>> accounts(Connection c, List<String> meetingIds) throws SQLException {
        String keys = "SELECT document_id, event_index FROM meeting_accounts WHERE meeting_id IN (SELECT unnest(?))";
        Map<String, String> meetingOf = new HashMap<>();
        Sql.each(c, "SELECT meeting_id, document_id || '#' || event_index FROM meeting_accounts"
                + " WHERE meeting_id IN (SELECT unnest(?))", rs -> meetingOf.put(rs.getString(2), rs.getString(1)), meetingIds);
        Map<String, List<Account>> out = new HashMap<>();
        for (Account a : AccountReader.read(c, keys, meetingIds)) {
            out.computeIfAbsent(meetingOf.get(a.key()), k -> new ArrayList<>()).add(a);
        }
        out.values().forEach(list -> list.sort(Comparator.comparing(Account::key)));
        return out;
    }

    private Map<String, List<Conflict>> conflicts(Connection c, List<String> meetingIds) throws SQLException {
        Map<String, List<Conflict>> out = new HashMap<>();
        Sql.each(c, "SELECT meeting_id, field, values_json FROM meeting_conflicts WHERE meeting_id IN (SELECT unnest(?))"
                        + " ORDER BY meeting_id, position",
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Conflict(rs.getString(2), json.stringMap(rs.getString(3)))), meetingIds);
        return out;
    }
}
