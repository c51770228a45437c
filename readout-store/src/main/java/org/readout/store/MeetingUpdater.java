package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.readout.analysis.Account;
import org.readout.analysis.Conflict;
import org.readout.analysis.Meeting;
import org.readout.analysis.MeetingMerger;

/**
 * Keeps the meetings up to date as documents arrive, inside the documents' transaction. The
 * merger sees the new documents' events and their neighbourhood: every stored event that shares a
 * state with one of them within {@value #NEIGHBOURHOOD_DAYS} days (of its date, else its document's publication), and the other accounts of those
 * events' meetings; the neighbourhood's meetings are then replaced by what the merger makes of it.
 */
final class MeetingUpdater {
    /** Wider than the day apart the merger tolerates, so that no account it could join is left out. */
    static final int NEIGHBOURHOOD_DAYS = 2;

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
                    ON n.day BETWEEN s.day - %1$d AND s.day + %1$d AND list_has_any(n.countries, s.countries)
                UNION SELECT document_id, event_index FROM seed)
            SELECT document_id, event_index FROM near
            UNION SELECT a.document_id, a.event_index FROM meeting_accounts a
                WHERE a.meeting_id IN (SELECT m.meeting_id FROM meeting_accounts m JOIN near USING (document_id, event_index))
            """.formatted(NEIGHBOURHOOD_DAYS);
    private static final String KEYS = "SELECT document_id, event_index FROM merge_keys";
    private static final String IN_LIST = " WHERE meeting_id IN (SELECT unnest(?))";

    private final MeetingMerger merger;
    private final RecordJson json;
    private final ActorKeys actorKeys;

    MeetingUpdater(MeetingMerger merger, RecordJson json, ActorKeys actorKeys) {
        this.merger = merger;
        this.json = json;
        this.actorKeys = actorKeys;
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

    /** The people of all the meeting's accounts, resolved as their participant rows were. */
    private List<String> actorIds(Meeting m) {
        return m.accounts().stream().flatMap(a -> a.event().participants().stream())
                .flatMap(p -> actorKeys.resolve(p.name()).stream()).map(ActorKeys.ActorKey::id).distinct().sorted().toList();
    }

    private void insert(Connection c, List<Meeting> meetings) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> conflicts = new ArrayList<>();
        for (Meeting m : meetings) {
            var place = m.location();
            rows.add(new Object[] {m.id(), m.date(), m.mode().name().toLowerCase(Locale.ROOT),
                place == null ? null : place.city(), place == null ? null : place.region(),
                place == null ? null : place.country(), m.countries(), actorIds(m), json.write(m)});
            m.accounts().forEach(a -> accounts.add(new Object[] {m.id(), a.documentId(), a.eventIndex()}));
            for (int i = 0; i < m.conflicts().size(); i++) {
                Conflict conflict = m.conflicts().get(i);
                conflicts.add(new Object[] {m.id(), i, conflict.field(), json.write(new TreeMap<>(conflict.values()))});
            }
        }
        Sql.insert(c, "meetings", rows, "");
        Sql.insert(c, "meeting_accounts", accounts, "");
        Sql.insert(c, "meeting_conflicts", conflicts, "");
    }
}
