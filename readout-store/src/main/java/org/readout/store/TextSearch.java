package org.readout.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Full-text search over documents and statements, ranked by BM25, narrowed by the filter's fields,
 * each hit with its best passage highlighted.
 */
final class TextSearch {
    private static final int SNIPPET_FALLBACK_CHARS = 200;
    private static final int MAX_HIGHLIGHT_CHARS = 1_000_000;

    private final TextIndex index;
    private final ActorKeys actorKeys;
    private final CountryCodes countries;

    TextSearch(TextIndex index, ActorKeys actorKeys, CountryCodes countries) {
        this.index = index;
        this.actorKeys = actorKeys;
        this.countries = countries;
    }

    List<SearchHit> search(String text, SearchFilter filter, int limit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty search");
        }
        Query query = query(parse(text), filter);
        return index.search(searcher -> hits(searcher, query, Math.max(1, limit)));
    }

    /** How many entries {@link #search} would find without a limit. */
    int count(String text, SearchFilter filter) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty search");
        }
        Query query = query(parse(text), filter);
        return index.search(searcher -> searcher.count(query));
    }

    private Query parse(String text) {
        QueryParser parser = new MultiFieldQueryParser(new String[] {IndexEntries.TITLE, IndexEntries.TEXT}, index.analyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query query;
        try {
            query = parser.parse(text);
        } catch (ParseException e) {
            throw QuerySyntaxException.of(text, e);
        }
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!IndexEntries.FIELDS.contains(field)) {
                    throw QuerySyntaxException.unknownField(text, field, IndexEntries.TITLE + ": and " + IndexEntries.TEXT + ":");
                }
                return true;
            }
        });
        return query;
    }

    private Query query(Query text, SearchFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (f.type() != null) {
            filter(b, IndexEntries.TYPE, f.type().name());
        }
        if (f.country() != null) {
            filter(b, IndexEntries.COUNTRY, countries.code(f.country()));
        }
        if (!f.pair().isEmpty()) {
            filter(b, IndexEntries.PAIR, IndexEntries.pair(countries.code(f.pair().get(0)), countries.code(f.pair().get(1))));
        }
        if (f.speaker() != null) {
            filter(b, IndexEntries.SPEAKER, actorKeys.resolve(f.speaker())
                    .orElseThrow(() -> new IllegalArgumentException("not a person's name: " + f.speaker())).id());
        }
        if (f.kind() != null) {
            filter(b, IndexEntries.KIND, f.kind().name().toLowerCase(Locale.ROOT));
        }
        if (f.topic() != null) {
            filter(b, IndexEntries.TOPIC, f.topic());
        }
        if (f.since() != null || f.until() != null) {
            b.add(LongPoint.newRangeQuery(IndexEntries.DATE, f.since() == null ? Long.MIN_VALUE : f.since().toEpochDay(),
                    f.until() == null ? Long.MAX_VALUE : f.until().toEpochDay()), Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, int limit) throws IOException {
        TopDocs top = searcher.search(query, limit);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter(SearchHit.MARK_START, SearchHit.MARK_END, " … ", false))
                .withMaxLength(MAX_HIGHLIGHT_CHARS).build();
        String[] snippets = highlighter.highlight(IndexEntries.TEXT, query, top, 1);
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = searcher.storedFields().document(sd.doc);
            SearchHit.Type type = SearchHit.Type.valueOf(d.get(IndexEntries.TYPE));
            var index = d.getField(IndexEntries.STATEMENT_INDEX);
            out.add(new SearchHit(type, sd.score, d.get(IndexEntries.DOCUMENT_ID), d.get(IndexEntries.DOC),
                    index == null ? null : index.numericValue().intValue(), snippets[i] != null ? snippets[i] : fallback(d)));
        }
        return out;
    }

    /** A hit on the title alone: the title, else the text's start. */
    private static String fallback(Document d) {
        String title = d.get(IndexEntries.TITLE);
        if (title != null) {
            return title;
        }
        String text = d.get(IndexEntries.TEXT);
        return text.length() <= SNIPPET_FALLBACK_CHARS ? text : text.substring(0, SNIPPET_FALLBACK_CHARS) + " …";
    }
}
