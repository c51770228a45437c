package org.readout.store;

import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The ids of the stored people, kept in memory for one store version: a page of meetings resolves its
 * participants' names to stored people without a query (a store holds thousands of people, not millions).
 * Read again, once, when the version rises. Thread-safe.
 */
final class StoredActorIds {
    private record Snapshot(long version, Set<String> ids) {
    }

    private final Database db;
    private final LongSupplier version;
    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, Set.of());

    StoredActorIds(Database db, LongSupplier version) {
        this.db = db;
        this.version = version;
    }

    Set<String> current() {
        long now = version.getAsLong();
        Snapshot kept = snapshot;
        if (kept.version() == now) {
            return kept.ids();
        }
        synchronized (this) {
            if (snapshot.version() != now) {
                // read after the version: the ids hold at least every person stored at it
                snapshot = new Snapshot(now, Set.copyOf(db.read(c -> Sql.list(c, "SELECT id FROM actors", rs -> rs.getString(1)))));
            }
            return snapshot.ids();
        }
    }
}
