package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes documents and every fact of their records, each row naming its document and its evidence
 * offsets; people not seen before join the actors, new spellings join theirs. The fact rows go through
 * DuckDB's appender; the people, which may be there already, through one statement per table.
 */
final class DocumentWriter {
    private final RecordJson json;
    private final ActorKeys actorKeys;

    DocumentWriter(RecordJson json, ActorKeys actorKeys) {
        this.json = json;
        this.actorKeys = actorKeys;
    }

    /** Writes the documents in the connection's transaction. */
    void write(Connection c, List<NewDocument> docs) throws SQLException {
        FactRows rows = new FactRows(json, actorKeys);
        docs.forEach(doc -> rows.add(doc, LocalDateTime.now(ZoneOffset.UTC)));
        Sql.append(c, "documents", rows.documents());
        Sql.append(c, "events", rows.events());
        Sql.append(c, "participants", rows.participants());
        Sql.append(c, "statements", rows.statements());
        Sql.insert(c, "actors", rows.actors(), "ON CONFLICT (id) DO UPDATE SET country = coalesce(actors.country, excluded.country)");
        Sql.insert(c, "actor_spellings", rows.spellings(), "ON CONFLICT DO NOTHING");
    }
}
