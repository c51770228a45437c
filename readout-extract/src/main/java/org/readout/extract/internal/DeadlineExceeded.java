package org.readout.extract.internal;

import java.time.Duration;

/** A document's extraction ran past its time budget; {@link org.readout.extract.Readout} reports it on that document. */
public final class DeadlineExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration budget;

    DeadlineExceeded(Duration budget) {
        super("extraction ran past its time budget of " + budget.toMillis() + " ms", null, false, false);
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }
}
