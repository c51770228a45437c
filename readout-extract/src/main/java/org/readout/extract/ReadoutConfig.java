package org.readout.extract;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to build a {@link Readout}: where knowledge comes from, and how much work one document may cost. A null
 * directory means the bundled knowledge; a directory's files replace the bundled files of the same name. The
 * directory is kept as a string because a {@code Path} is not serialisable, and a config is what a serialised
 * Readout carries.
 *
 * @param maxChars       text beyond this many characters is not read (the record says so in a warning)
 * @param timeBudgetMillis a document whose extraction takes longer is stopped and reported; 0 for no limit
 */
public record ReadoutConfig(String knowledgeDir, int maxChars, long timeBudgetMillis) implements Serializable {
    private static final long serialVersionUID = 2L;
    /** The input readers' own limit (5 MB): a longer text is no readout but a dump. */
    public static final int DEFAULT_MAX_CHARS = 5_000_000;
    /**
     * A readout of a few pages takes milliseconds, and a 5 MB readout of one meeting about five seconds (single
     * thread, warm): ten seconds lets any real readout through while no document holds a worker for long.
     */
    public static final long DEFAULT_TIME_BUDGET_MILLIS = 10_000;

    public ReadoutConfig {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, not " + maxChars);
        }
        if (timeBudgetMillis < 0) {
            throw new IllegalArgumentException("timeBudgetMillis must not be negative, not " + timeBudgetMillis);
        }
    }

    /** Knowledge from {@code knowledgeDir} (null: the bundled ones), the default budgets. */
    public ReadoutConfig(String knowledgeDir) {
        this(knowledgeDir, DEFAULT_MAX_CHARS, DEFAULT_TIME_BUDGET_MILLIS);
    }

    public static ReadoutConfig defaults() {
        return new ReadoutConfig(null);
    }

    /** Knowledge files from {@code dir} (null: the bundled ones). */
    public static ReadoutConfig withKnowledge(Path dir) {
        return new ReadoutConfig(dir == null ? null : dir.toString());
    }

    /** This config with other budgets: at most {@code maxChars} read, and {@code time} per document (zero: no limit). */
    public ReadoutConfig withBudget(int maxChars, Duration time) {
        return new ReadoutConfig(knowledgeDir, maxChars, time.toMillis());
    }

    public Optional<Path> knowledgeOverrides() {
        return Optional.ofNullable(knowledgeDir).map(Path::of);
    }

    public Duration timeBudget() {
        return Duration.ofMillis(timeBudgetMillis);
    }
}
