package org.readout.server.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers by the store version they were worked out at ({@link org.readout.store.Store#version()}):
 * while nothing is ingested, a repeated request is not worked out again. An answer is computed once
 * however many requests ask for it at the same time; the least recently used are dropped beyond a
 * number of entries, and answers the cache should not hold (too large, say) are not kept.
 */
final class StateCache<K, V> {
    private record Key(long version, Object key) {
    }

    private final int entries;
    private final Predicate<V> keep;
    private final Map<Key, FutureTask<V>> tasks;

    StateCache(int entries, Predicate<V> keep) {
        this.entries = entries;
        this.keep = keep;
        this.tasks = new LinkedHashMap<>(16, 0.75f, true);
    }

    StateCache(int entries) {
        this(entries, v -> true);
    }

    V get(long version, K key, Supplier<V> work) {
        Key k = new Key(version, key);
        FutureTask<V> task;
        boolean mine;
        synchronized (tasks) {
            task = tasks.get(k);
            mine = task == null;
            if (mine) {
                task = new FutureTask<>(work::get);
                tasks.put(k, task);
                tasks.keySet().removeIf(old -> old.version() < version); // a newer version makes the older answers stale
                while (tasks.size() > entries) {
                    tasks.remove(tasks.keySet().iterator().next());
                }
            }
        }
        if (mine) {
            task.run(); // outside the lock: other keys are served meanwhile
        }
        V value = await(k, task);
        if (mine && !keep.test(value)) {
            forget(k, task);
        }
        return value;
    }

    private V await(Key key, FutureTask<V> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            forget(key, task); // a failure is not kept: the next request tries again
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an answer", e);
        }
    }

    private void forget(Key key, FutureTask<V> task) {
        synchronized (tasks) {
            tasks.remove(key, task);
        }
    }
}
