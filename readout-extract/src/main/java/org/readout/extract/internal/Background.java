package org.readout.extract.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A piece of start-up work run beside the calling thread (loading is most of the time to the
 * first record), on the common pool. {@link #get} rethrows a failure as it was thrown, so a bad
 * knowledge file still surfaces as the exception that names it.
 */
public final class Background<T> {
    private final CompletableFuture<T> future;

    private Background(CompletableFuture<T> future) {
        this.future = future;
    }

    public static <T> Background<T> start(Supplier<T> task) {
        return new Background<>(CompletableFuture.supplyAsync(task));
    }

    /** The result, once the work is done. */
    public T get() {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
