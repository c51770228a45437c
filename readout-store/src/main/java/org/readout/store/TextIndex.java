package org.readout.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index, derived from the database: each commit records in its user data the last
 * document {@code seq} it holds, so that on open the store can add what a crash left out.
 * Searches see added documents before they are committed. Opened read-only, it has no writer (and
 * takes no lock): searches see the last commit.
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
    private final Analyzer analyzer;

    private TextIndex(FSDirectory directory, IndexWriter writer, SearcherManager searchers, Analyzer analyzer) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analyzer = analyzer;
    }

    static TextIndex open(Path dir) {
        try {
            FSDirectory directory = FSDirectory.open(dir);
            Analyzer analyzer = new ReadoutAnalyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            return new TextIndex(directory, writer, new SearcherManager(writer, null), analyzer);
        } catch (IOException e) {
            throw new StoreException("cannot open the full-text index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The index as last committed, for reading only. */
    static TextIndex openReadOnly(Path dir) {
        try {
            FSDirectory directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new StoreException("the full-text index " + dir + " is missing: open the store for writing once"
                        + " (readout check) to rebuild it");
            }
            return new TextIndex(directory, null, new SearcherManager(directory, null), new ReadoutAnalyzer());
        } catch (IOException e) {
            throw new StoreException("cannot open the full-text index " + dir + ": " + e.getMessage(), e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Whether an I/O failure (a full disk) closed the index: it takes no more until the store reopens. */
    boolean failed() {
        return writer != null && !writer.isOpen();
    }

    /** The last document seq of the last commit; 0 for a new index. */
    long committedSeq() {
        if (writer == null) {
            try {
                String seq = SegmentInfos.readLatestCommit(directory).getUserData().get(SEQ);
                return seq == null ? 0 : Long.parseLong(seq);
            } catch (IOException e) {
                throw new StoreException("full-text index: " + e.getMessage(), e);
            }
        }
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(SEQ)) {
                return Long.parseLong(e.getValue());
            }
        }
        return 0;
    }

    /** The document's entries, replacing whatever an interrupted run left of them. */
    void replace(String documentId, List<Document> entries) {
        requireWriter();
        io(() -> {
            writer.deleteDocuments(new Term(IndexEntries.DOCUMENT_ID, documentId));
            writer.addDocuments(entries);
        });
    }

    void commit(long seq) {
        requireWriter();
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

    boolean readOnly() {
        return writer == null;
    }

    private void requireWriter() {
        if (writer == null) {
            throw new StoreException("the store is open read-only");
        }
    }

    /**
     * Closes; an index that failed earlier (a full disk) closed its writer then, and what it had not committed is
     * caught up on the next open. An index opened read-only has no writer.
     */
    @Override
    public void close() {
        io(() -> {
            searchers.close();
            if (writer != null && writer.isOpen()) {
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
            Throwable cause = writer == null || writer.getTragicException() == null ? e : writer.getTragicException();
            throw new StoreException("full-text index: " + cause.getMessage(), cause);
        }
    }
}
