package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Brings the full-text index up to the database: a crash between a document's database commit and
 * the next index commit leaves documents the index lacks, all with a seq above the index's.
 */
final class IndexSync {
    private IndexSync() {
    }

    /** Refuses an index that lacks documents, where it cannot be caught up (a store opened read-only). */
    static void requireCaughtUp(Connection c, TextIndex index) throws SQLException {
        long missing = Sql.count(c, "SELECT count(*) FROM documents WHERE seq > ?", index.committedSeq());
        if (missing > 0) {
            throw new StoreException("the full-text index lacks " + missing + " documents an interrupted ingest left:"
                    + " open the store for writing once (readout check) to complete it");
        }
    }

    /** Indexes every document with a seq above the index's last commit, then commits. */
    static void catchUp(Connection c, TextIndex index, IndexEntries entries, RecordJson json) throws SQLException {
        long from = index.committedSeq();
        long[] last = {from};
        Sql.each(c, "SELECT id, seq, origin, text, record_json FROM documents WHERE seq > ? ORDER BY seq", rs -> {
            NewDocument doc = new NewDocument(rs.getString("id"), rs.getLong("seq"), rs.getString("origin"),
                    rs.getString("text"), json.record(rs.getString("record_json")));
            index.replace(doc.id(), entries.of(doc));
            last[0] = doc.seq();
        }, from);
        if (last[0] > from) {
            index.commit(last[0]);
        }
    }
}
