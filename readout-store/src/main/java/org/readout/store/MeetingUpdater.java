package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.MeetingMerger;

/**
 * Keeps the meetings up to date as documents arrive, inside the documents' transaction. The
 * merger sees the new documents' events and their neighbourhood: every stored event that shares a
 * state with one of them within {@value #NEIGHBOURHOOD_DAYS} days (of its date, else its document's publication), or
 * at any time where either has no day at all (the merger may place such an account at any date), and the other
 * accounts of those events' meetings; the neighbourhood's meetings are then replaced by what the merger makes of it.
 */
final class MeetingUpdater {
    /** As wide as the merger's widest match, so that no account it could join is left out. */
    static final int NEIGHBOURHOOD_DAYS = MeetingMerger.MAX_DAYS_APART;

    /**
     * An event's day is its date, else its document's publication. Dated and undated events are
     * joined apart: a day computed over every event would cost a join of the whole events table to
     * documents per batch (150 ms against 4 at 100,000 events; this way about 11 ms).
     */
    private static final String NEIGHBOURHOOD = """
            INSERT INTO merge_keys
            WITH seed AS (SELECT e.document_id, e.event_index, coalesce(e.date, d.published) AS day, e.countries
                FROM events e JOIN documents d ON d.id = e.document_id WHERE e.document_id IN (SELECT unnest(?))),
            undated AS (SELECT e.document_id, e.event_index, d.published AS day, e.countries
                FROM events e JOIN documents d ON d.id = e.document_id WHERE e.date IS NULL),
            near AS (
                SELECT n.document_id, n.event_index FROM seed s JOIN events n
                    ON n.date BETWEEN s.day - %1$d AND s.day + %1$d AND list_has_any(n.countries, s.countries)
                UNION SELECT n.document_id, n.event_index FROM seed s JOIN undated n
                    ON (n.day BETWEEN s.day - %1$d AND s.day + %1$d OR n.day IS NULL) AND list_has_any(n.countries, s.countries)
                UNION SELECT n.document_id, n.event_index FROM seed s JOIN events n
                    ON s.day IS NULL AND list_has_any(n.countries, s.countries)
                UNION SELECT document_id, event_index FROM seed)
            SELECT document_id, event_index FROM near
            UNION SELECT a.document_id, a.event_index FROM meeting_accounts a
                WHERE a.meeting_id IN (SELECT m.meeting_id FROM meeting_accounts m JOIN near USING (document_id, event_index))
            """.formatted(NEIGHBOURHOOD_DAYS);
    private static final String KEYS = "SELECT document_id, event_index FROM merge_keys";
    private static final String IN_LIST = " WHERE meeting_id IN (SELECT unnest(?))";

    private final MeetingMerger merger;
    private final MeetingRows rows;

    MeetingUpdater(MeetingMerger merger, MeetingRows rows) {
        this.merger = merger;
        this.rows = rows;
    }

    /** Re-merges the neighbourhood of the documents' events, which must already be written. */
    void update(Connection c, List<String> documentIds) throws SQLException {
        // a temporary table: the neighbourhood is worked out once, then joined by each read
        Sql.update(c, "CREATE TEMP TABLE IF NOT EXISTS merge_keys (document_id VARCHAR, event_index INTEGER)");
        Sql.update(c, "DELETE FROM merge_keys");
        Sql.update(c, NEIGHBOURHOOD, documentIds);
        List<Account> accounts = AccountReader.read(c, KEYS);
        List<String> old = Sql.list(c, "SELECT DISTINCT meeting_id FROM merge_keys JOIN meeting_accounts"
                + " USING (document_id, event_index)", rs -> rs.getString(1));
        for (String table : List.of("meeting_accounts", "meeting_conflicts")) {
            Sql.update(c, "DELETE FROM " + table + IN_LIST, old);
        }
        Sql.update(c, "DELETE FROM meetings WHERE id IN (SELECT unnest(?))", old);
        insert(c, merger.merge(accounts));
    }

    private void insert(Connection c, List<Meeting> meetings) throws SQLException {
        List<Object[]> meetingRows = new ArrayList<>();
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> conflicts = new ArrayList<>();
        for (Meeting m : meetings) {
            meetingRows.add(rows.meeting(m));
            accounts.addAll(rows.accounts(m));
            conflicts.addAll(rows.conflicts(m));
        }
        Sql.append(c, "meetings", meetingRows);
        Sql.append(c, "meeting_accounts", accounts);
        Sql.append(c, "meeting_conflicts", conflicts);
    }
}
