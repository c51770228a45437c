package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        Sql.each(c, "SELECT id, title, outlet, published, url, perspective FROM documents WHERE id" + in,
                rs -> documents.put(rs.getString("id"), new SearchResult.Document(rs.getString("title"),
                        rs.getString("outlet"), Sql.date(rs, "published"), rs.getString("url"), rs.getString("perspective"))),
                ids.toArray());
        Map<String, String> meetings = new HashMap<>();
        Sql.each(c, "SELECT document_id, meeting_id FROM meeting_accounts WHERE document_id" + in + " ORDER BY event_index",
                rs -> meetings.putIfAbsent(rs.getString(1), rs.getString(2)), ids.toArray());
        Map<Key, SearchResult.Statement> statements = statements(c, hits, in, ids);
        return hits.stream().map(h -> new SearchResult(h, documents.get(h.documentId()),
                h.statementIndex() == null ? null : statements.get(new Key(h.documentId(), h.statementIndex())),
                meetings.get(h.documentId()))).toList();
    }

    /**
     * The hits' statements: all those of the page's documents (an index lookup), kept where a hit
     * names them. Narrowing by statement_index in SQL too makes DuckDB scan the whole table (15 ms
     * against 2 to 5 ms over 100,000 documents).
     */
    private static Map<Key, SearchResult.Statement> statements(Connection c, List<SearchHit> hits, String in,
                                                               List<String> ids) throws SQLException {
        Set<Key> wanted = hits.stream().filter(h -> h.statementIndex() != null)
                .map(h -> new Key(h.documentId(), h.statementIndex())).collect(Collectors.toSet());
        Map<Key, SearchResult.Statement> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        Sql.each(c, "SELECT document_id, statement_index, speaker, country, kind, topics, date, evidence_start, evidence_end"
                        + " FROM statements WHERE document_id" + in,
                rs -> {
                    Key key = new Key(rs.getString("document_id"), rs.getInt("statement_index"));
                    if (!wanted.contains(key)) {
                        return;
                    }
                    Integer start = Sql.integer(rs, "evidence_start");
                    out.put(key,
                            new SearchResult.Statement(rs.getString("speaker"), rs.getString("country"),
                                    StatementKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                                    Sql.strings(rs, "topics"), Sql.date(rs, "date"),
                                    start == null ? null : new Span(start, rs.getInt("evidence_end"))));
                }, ids.toArray());
        return out;
    }
}
