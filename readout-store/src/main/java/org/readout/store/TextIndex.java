package org.readout.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index, derived from the database: each commit records in its user data the last
 * document {@code seq} it holds, so that on open the store can add what a crash left out.
 * Searches see added documents before they are committed.
 */
final class TextIndex implements AutoCloseable {
    private static final String SEQ = "seq";

    @FunctionalInterface
    interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new ReadoutAnalyzer();

    private TextIndex(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    static TextIndex open(Path dir) {
        try {
            return new TextIndex(dir);
        } catch (IOException e) {
            throw new StoreException("cannot open the full-text index " + dir + ": " + e.getMessage(), e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Whether an I/O failure (a full disk) closed the index: it takes no more until the store reopens. */
    boolean failed() {
        return !writer.isOpen();
    }

    /** The last document seq of the last commit; 0 for a new index. */
    long committedSeq() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(SEQ)) {
                return Long.parseLong(e.getValue());
            }
        }
        return 0;
    }

    /** The document's entries, replacing whatever an interrupted run left of them. */
    void replace(String documentId, List<Document> entries) {
        io(() -> {
            writer.deleteDocuments(new Term(IndexEntries.DOCUMENT_ID, documentId));
            writer.addDocuments(entries);
        });
    }

    void commit(long seq) {
        io(() -> {
            writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
            writer.commit();
        });
    }

    <T> T search(Search<T> work) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("full-text index: " + e.getMessage(), e);
        }
    }

    long count(SearchHit.Type type) {
        return search(s -> (long) s.count(new TermQuery(new Term(IndexEntries.TYPE, type.name()))));
    }

    /** Closes; an index that failed earlier (a full disk) closed its writer then, and what it had not committed is caught up on the next open. */
    @Override
    public void close() {
        io(() -> {
            searchers.close();
            if (writer.isOpen()) {
                writer.close();
            }
            directory.close();
        });
    }

    private interface IoWork {
        void run() throws IOException;
    }

    private void io(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new StoreException("full-text index: " + e.getMessage(), e);
        } catch (AlreadyClosedException e) {
            // Lucene closes its writer on an I/O failure; the failure that closed it says why
            Throwable cause = writer.getTragicException() == null ? e : writer.getTragicException();
            throw new StoreException("full-text index: " + cause.getMessage(), cause);
        }
    }
}
