package org.readout.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.readout.extract.Readout;
import org.readout.model.Problem;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;

/**
 * Stores batches of documents. A batch is one database transaction: its documents, all their facts
 * and the meetings and actors they change are committed together or not at all. Documents whose
 * text is stored already are skipped before extraction. The full-text index follows after the
 * commit and is committed every {@value #INDEX_COMMIT_EVERY} documents and on close.
 */
final class Ingester {
    static final int INDEX_COMMIT_EVERY = 100;

    /** A document extracted and waiting for its transaction. */
    private record Pending(String id, DocumentInput input, ReadoutRecord record) {
    }

    private final Database db;
    private final TextIndex index;
    private final DocumentWriter writer;
    private final MeetingUpdater meetings;
    private final IndexEntries entries;
    private final Supplier<Readout> extractor;
    /** Volatile: read without the ingest lock, as the store's version; raised only after the commit. */
    private volatile long lastSeq;
    private int uncommitted;

    Ingester(Database db, TextIndex index, DocumentWriter writer, MeetingUpdater meetings, IndexEntries entries,
             Supplier<Readout> extractor, long lastSeq) {
        this.db = db;
        this.index = index;
        this.writer = writer;
        this.meetings = meetings;
        this.entries = entries;
        this.extractor = extractor;
        this.lastSeq = lastSeq;
    }

    /** Extracts what is new and not extracted yet (outside any transaction), then stores it; one result per input, in order. */
    synchronized List<IngestResult> ingest(List<DocumentInput> inputs) {
        Map<Integer, IngestResult> results = new LinkedHashMap<>();
        List<Pending> pending = new ArrayList<>();
        List<String> ids = inputs.stream().map(in -> ContentHash.of(in.document().text())).toList();
        Set<String> seen = new HashSet<>(stored(ids));
        for (int i = 0; i < inputs.size(); i++) {
            String id = ids.get(i);
            if (!seen.add(id)) {
                results.put(i, IngestResult.unchanged(id));
                continue;
            }
            try {
                DocumentInput input = inputs.get(i);
                ReadoutRecord record = input.record() != null ? input.record() : extractor.get().extract(input.document());
                Optional<Problem> error = record.firstError();
                if (error.isPresent()) {
                    // a document past its time budget has no facts: stored, it would pass as read and never be retried
                    results.put(i, IngestResult.failed(id, error.get().message()));
                    continue;
                }
                pending.add(new Pending(id, input, record));
            } catch (RuntimeException | StackOverflowError e) {
                // a pathological text can exhaust the stack in a library: that document fails alone
                results.put(i, IngestResult.failed(id, "extraction failed: " + e));
            }
        }
        StoreException indexFailure = store(pending);
        List<IngestResult> out = new ArrayList<>();
        for (int i = 0, p = 0; i < inputs.size(); i++) {
            out.add(results.containsKey(i) ? results.get(i) : IngestResult.added(pending.get(p).id(), pending.get(p++).record()));
        }
        if (indexFailure != null) {
            throw new IndexBehindException(out, indexFailure);
        }
        return out;
    }

    private List<String> stored(List<String> ids) {
        return db.read(c -> Sql.list(c, "SELECT id FROM documents WHERE id IN (SELECT unnest(?))", rs -> rs.getString(1), ids));
    }

    /** Stores the documents in one transaction; returns how the index failed after the commit, or null. */
    private StoreException store(List<Pending> pending) {
        if (pending.isEmpty()) {
            return null;
        }
        List<NewDocument> docs = new ArrayList<>();
        for (Pending p : pending) {
            SourceDocument source = p.input().document();
            docs.add(new NewDocument(p.id(), lastSeq + docs.size() + 1, p.input().origin(), source.text(), p.record(), source.metadata()));
        }
        db.inTransaction(c -> {
            writer.write(c, docs);
            meetings.update(c, docs.stream().map(NewDocument::id).toList());
            return null;
        });
        // the version rises once the index holds the batch too, so that answers kept under it include it
        try {
            for (NewDocument doc : docs) {
                index.replace(doc.id(), entries.of(doc));
            }
            uncommitted += docs.size();
            if (uncommitted >= INDEX_COMMIT_EVERY) {
                index.commit(lastSeq + docs.size());
                uncommitted = 0;
            }
            return null;
        } catch (StoreException e) {
            return e;
        } finally {
            lastSeq += docs.size();
        }
    }

    /** The seq of the last document stored: grows with every ingest that stores something. */
    long lastSeq() {
        return lastSeq;
    }

    synchronized void commitIndex() {
        index.commit(lastSeq);
        uncommitted = 0;
    }
}
