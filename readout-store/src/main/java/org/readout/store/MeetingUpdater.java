package org.readout.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.readout.analysis.Account;
import org.readout.analysis.Conflict;
import org.readout.analysis.Meeting;
import org.readout.analysis.MeetingMerger;

/**
 * Keeps the meetings up to date as documents arrive, inside the document's transaction. The
 * merger sees the new document's events and their neighbourhood: every stored event that shares a
 * state with one of them within {@value #NEIGHBOURHOOD_DAYS} days, and the other accounts of those
 * events' meetings; the neighbourhood's meetings are then replaced by what the merger makes of it.
 */
final class MeetingUpdater {
    /** Wider than the day apart the merger tolerates, so that no account it could join is left out. */
    static final int NEIGHBOURHOOD_DAYS = 2;

    private static final String NEIGHBOURHOOD = """
            WITH seed AS (SELECT document_id, event_index, day, countries FROM events WHERE document_id = ?),
            near AS (
                SELECT n.document_id, n.event_index FROM seed s JOIN events n
                    ON n.day BETWEEN s.day - %1$d AND s.day + %1$d AND list_has_any(n.countries, s.countries)
                UNION SELECT document_id, event_index FROM seed)
            SELECT document_id, event_index FROM near
            UNION SELECT a.document_id, a.event_index FROM meeting_accounts a
                WHERE a.meeting_id IN (SELECT m.meeting_id FROM meeting_accounts m JOIN near USING (document_id, event_index))
            """.formatted(NEIGHBOURHOOD_DAYS);

    private final MeetingMerger merger;
    private final RecordJson json;

    MeetingUpdater(MeetingMerger merger, RecordJson json) {
        this.merger = merger;
        this.json = json;
    }

    /** Re-merges the neighbourhood of the document's events, which must already be written. */
    void update(Connection c, String documentId) throws SQLException {
        List<Account> accounts = AccountReader.read(c, NEIGHBOURHOOD, documentId);
        List<String> old = Sql.list(c, "WITH k AS (" + NEIGHBOURHOOD + ") SELECT DISTINCT meeting_id"
                + " FROM k JOIN meeting_accounts USING (document_id, event_index)", rs -> rs.getString(1), documentId);
        delete(c, old);
        for (Meeting m : merger.merge(accounts)) {
            insert(c, m);
        }
    }

    private static void delete(Connection c, List<String> meetingIds) throws SQLException {
        for (String table : List.of("meeting_accounts", "meeting_countries", "meeting_conflicts")) {
            Sql.update(c, "DELETE FROM " + table + " WHERE list_contains(?, meeting_id)", meetingIds);
        }
        Sql.update(c, "DELETE FROM meetings WHERE list_contains(?, id)", meetingIds);
    }

    private void insert(Connection c, Meeting m) throws SQLException {
        var place = m.location();
        Sql.update(c, "INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.date(),
                m.mode().name().toLowerCase(Locale.ROOT), place == null ? null : place.city(),
                place == null ? null : place.region(), place == null ? null : place.country(), m.countries(),
                json.write(m.participants()));
        try (PreparedStatement countries = c.prepareStatement("INSERT INTO meeting_countries VALUES (?, ?)");
             PreparedStatement accounts = c.prepareStatement("INSERT INTO meeting_accounts VALUES (?, ?, ?)");
             PreparedStatement conflicts = c.prepareStatement("INSERT INTO meeting_conflicts VALUES (?, ?, ?, ?)")) {
            for (String country : m.countries()) {
                Sql.bind(c, countries, m.id(), country);
                countries.addBatch();
            }
            for (Account a : m.accounts()) {
                Sql.bind(c, accounts, m.id(), a.documentId(), a.eventIndex());
                accounts.addBatch();
            }
            for (int i = 0; i < m.conflicts().size(); i++) {
                Conflict conflict = m.conflicts().get(i);
                Sql.bind(c, conflicts, m.id(), i, conflict.field(), json.write(new TreeMap<>(conflict.values())));
                conflicts.addBatch();
            }
            countries.executeBatch();
            accounts.executeBatch();
            conflicts.executeBatch();
        }
    }
}
