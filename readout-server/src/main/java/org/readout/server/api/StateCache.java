package org.readout.server.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers by the store version they were worked out at ({@link org.readout.store.Store#version()}):
 * while nothing is ingested, a repeated request is not worked out again. An answer is computed once
 * however many requests ask for it at the same time; beyond a number of entries Caffeine drops those
 * least worth keeping, and answers the cache should not hold (too large, say) are not kept.
 */
final class StateCache<K, V> {
    private record Key(long version, Object key) {
    }

    private final Predicate<V> keep;
    private final Cache<Key, FutureTask<V>> tasks;

    StateCache(int entries, Predicate<V> keep) {
        this.keep = keep;
        // evictions on the caller's thread: no pool thread for the server's caches
        this.tasks = Caffeine.newBuilder().maximumSize(entries).executor(Runnable::run).build();
    }

    StateCache(int entries) {
        this(entries, v -> true);
    }

    V get(long version, K key, Supplier<V> work) {
        Key k = new Key(version, key);
        FutureTask<V> fresh = new FutureTask<>(work::get);
        FutureTask<V> task = tasks.get(k, x -> fresh);
        boolean mine = task == fresh;
        if (mine) {
            tasks.asMap().keySet().removeIf(old -> old.version() < version); // a newer version makes the older answers stale
            task.run(); // outside the map's lock: other keys are served meanwhile
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
        tasks.asMap().remove(key, task);
    }
}
