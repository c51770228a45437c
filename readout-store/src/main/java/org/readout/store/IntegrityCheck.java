package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the store holds together: the schema is current, every fact has its document, every event
 * is an account of exactly one existing meeting, every actor reference resolves, and the full-text
 * index holds exactly the stored documents and statements.
 */
final class IntegrityCheck {
    /** Each query counts rows that should not exist; the text says what they are. */
    private static final List<String[]> ORPHANS = List.of(
            new String[] {"events without their document", "SELECT count(*) FROM events e WHERE e.document_id NOT IN (SELECT id FROM documents)"},
            new String[] {"participants without their event", "SELECT count(*) FROM participants p ANTI JOIN events e USING (document_id, event_index)"},
            new String[] {"statements without their document", "SELECT count(*) FROM statements s WHERE s.document_id NOT IN (SELECT id FROM documents)"},
            new String[] {"events that are no meeting's account", "SELECT count(*) FROM events e ANTI JOIN meeting_accounts a USING (document_id, event_index)"},
            new String[] {"meeting accounts without their event", "SELECT count(*) FROM meeting_accounts a ANTI JOIN events e USING (document_id, event_index)"},
            new String[] {"meeting accounts of no stored meeting", "SELECT count(*) FROM meeting_accounts a WHERE a.meeting_id NOT IN (SELECT id FROM meetings)"},
            new String[] {"meetings without accounts", "SELECT count(*) FROM meetings m WHERE m.id NOT IN (SELECT meeting_id FROM meeting_accounts)"},
            new String[] {"meeting conflicts of no stored meeting", "SELECT count(*) FROM meeting_conflicts WHERE meeting_id NOT IN (SELECT id FROM meetings)"},
            new String[] {"participants or statements naming an unknown actor", "SELECT (SELECT count(*) FROM participants WHERE actor_id NOT IN (SELECT id FROM actors))"
                    + " + (SELECT count(*) FROM statements WHERE actor_id NOT IN (SELECT id FROM actors))"},
            new String[] {"actors without a spelling", "SELECT count(*) FROM actors WHERE id NOT IN (SELECT actor_id FROM actor_spellings)"});

    private IntegrityCheck() {
    }

    static List<String> run(Connection c, int latestVersion, TextIndex index) throws SQLException {
        List<String> problems = new ArrayList<>();
        int version = Schema.version(c);
        if (version != latestVersion) {
            problems.add("schema version " + version + ", expected " + latestVersion);
        }
        for (String[] check : ORPHANS) {
            long n = Sql.count(c, check[1]);
            if (n > 0) {
                problems.add(n + " " + check[0]);
            }
        }
        compare(problems, "documents", Sql.count(c, "SELECT count(*) FROM documents"), index.count(SearchHit.Type.DOCUMENT));
        compare(problems, "statements", Sql.count(c, "SELECT count(*) FROM statements"), index.count(SearchHit.Type.STATEMENT));
        return problems;
    }

    private static void compare(List<String> problems, String what, long stored, long indexed) {
        if (stored != indexed) {
            problems.add(stored + " " + what + " stored but " + indexed + " in the full-text index");
        }
    }
}
