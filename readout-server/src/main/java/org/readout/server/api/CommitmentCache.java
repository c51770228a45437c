package org.readout.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.readout.analysis.commitment.CommitmentGroup;

/**
 * Grouped commitments by the store state they were grouped from: grouping is quadratic in the
 * promises, so a page load must not redo it while nothing was ingested. A group is computed once
 * however many requests ask for it at the same time; the least recently used are dropped.
 */
final class CommitmentCache {
    private static final int ENTRIES = 16;

    /**
     * @param documents the store's document count when grouped: a store only grows, so a new count is a new state
     * @param pair      the two states whose meetings the promises come from; empty for all
     */
    record Key(long documents, List<String> pair) {
    }

    private final Map<Key, FutureTask<List<CommitmentGroup>>> entries = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<List<CommitmentGroup>>> eldest) {
            return size() > ENTRIES;
        }
    };

    List<CommitmentGroup> get(Key key, Supplier<List<CommitmentGroup>> group) {
        FutureTask<List<CommitmentGroup>> task;
        boolean mine;
        synchronized (entries) {
            task = entries.get(key);
            mine = task == null;
            if (mine) {
                task = new FutureTask<>(group::get);
                entries.put(key, task);
            }
        }
        if (mine) {
            task.run(); // outside the lock: other keys are served meanwhile
        }
        return await(key, task);
    }

    private List<CommitmentGroup> await(Key key, FutureTask<List<CommitmentGroup>> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (entries) {
                entries.remove(key, task); // a failure is not kept: the next request tries again
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grouping commitments", e);
        }
    }
}
