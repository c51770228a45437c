package org.readout.extract.internal;

import java.time.Duration;

/**
 * When one document's extraction must stop. Checked by the pipeline between its stages and inside its long
 * loops, so that a document that would take too long is stopped on its own thread, and the batch goes on
 * (no thread per document, no {@code Thread.stop}). Immutable; one per document.
 */
public final class Deadline {
    /** A deadline that never comes, for callers that read one part of a document on its own. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

    private final long endNanos;
    private final Duration budget;

    private Deadline(long endNanos, Duration budget) {
        this.endNanos = endNanos;
        this.budget = budget;
    }

    /** A deadline {@code budget} from now; a zero or negative budget means none. */
    public static Deadline after(Duration budget) {
        if (budget.isZero() || budget.isNegative()) {
            return NONE;
        }
        long now = System.nanoTime();
        long end = now + budget.toNanos();
        return new Deadline(end < now ? Long.MAX_VALUE : end, budget);
    }

    /** @throws DeadlineExceeded when the deadline has passed */
    public void check() {
        if (this != NONE && System.nanoTime() - endNanos > 0) {
            throw new DeadlineExceeded(budget);
        }
    }
}
