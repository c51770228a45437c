package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Stored documents listed in ingest order, from their columns (the record JSON stays unread). */
final class DocumentQueries {
    List<DocumentSummary> documents(Connection c, Page page) throws SQLException {
        return Sql.list(c, "SELECT id, seq, name, origin, title, outlet, published, perspective, language, topics"
                        + " FROM documents ORDER BY seq LIMIT ? OFFSET ?",
                rs -> new DocumentSummary(rs.getString("id"), rs.getLong("seq"), rs.getString("name"), rs.getString("origin"),
                        rs.getString("title"), rs.getString("outlet"), Sql.date(rs, "published"),
                        rs.getString("perspective"), rs.getString("language"), Sql.strings(rs, "topics")),
                page.limit(), page.offset());
    }
}
