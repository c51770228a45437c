package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.readout.model.Span;
import org.readout.model.StatementKind;

/**
 * What a page of search hits shows besides its snippets: their documents, statements and meetings,
 * read in three indexed lookups by the page's document ids rather than one record per hit.
 */
final class SearchContext {
    private record Key(String documentId, int statementIndex) {
    }

    private SearchContext() {
    }

    /** The hits with their context, in the same order. */
    static List<SearchResult> of(Connection c, List<SearchHit> hits) throws SQLException {
        List<String> ids = hits.stream().map(SearchHit::documentId).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = " IN (" + Sql.placeholders(ids.size()) + ")";
        Map<String, SearchResult.Document> documents = new HashMap<>();
        Sql.each(c, "SELECT id, title, outlet, published, perspective FROM documents WHERE id" + in,
                rs -> documents.put(rs.getString("id"), new SearchResult.Document(rs.getString("title"),
                        rs.getString("outlet"), Sql.date(rs, "published"), rs.getString("perspective"))), ids.toArray());
        Map<String, String> meetings = new HashMap<>();
        Sql.each(c, "SELECT document_id, meeting_id FROM meeting_accounts WHERE document_id" + in + " ORDER BY event_index",
                rs -> meetings.putIfAbsent(rs.getString(1), rs.getString(2)), ids.toArray());
        Map<Key, SearchResult.Statement> statements = statements(c, hits, in, ids);
        return hits.stream().map(h -> new SearchResult(h, documents.get(h.documentId()),
                h.statementIndex() == null ? null : statements.get(new Key(h.documentId(), h.statementIndex())),
                meetings.get(h.documentId()))).toList();
    }

    /** The hits' statements: those of the page's documents (an index lookup) whose index a hit names. */
    private static Map<Key, SearchResult.Statement> statements(Connection c, List<SearchHit> hits, String in,
                                                               List<String> ids) throws SQLException {
        List<Integer> indexes = hits.stream().map(SearchHit::statementIndex).filter(Objects::nonNull).distinct().toList();
        Map<Key, SearchResult.Statement> out = new HashMap<>();
        if (indexes.isEmpty()) {
            return out;
        }
        Object[] params = Stream.concat(ids.stream(), indexes.stream()).toArray();
        Sql.each(c, "SELECT document_id, statement_index, speaker, country, kind, topics, date, evidence_start, evidence_end"
                        + " FROM statements WHERE document_id" + in
                        + " AND statement_index IN (" + Sql.placeholders(indexes.size()) + ")",
                rs -> {
                    Integer start = Sql.integer(rs, "evidence_start");
                    out.put(new Key(rs.getString("document_id"), rs.getInt("statement_index")),
                            new SearchResult.Statement(rs.getString("speaker"), rs.getString("country"),
                                    StatementKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                                    Sql.strings(rs, "topics"), Sql.date(rs, "date"),
                                    start == null ? null : new Span(start, rs.getInt("evidence_end"))));
                }, params);
        return out;
    }
}
