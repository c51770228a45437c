package org.readout.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.readout.store.Store;
import org.readout.store.StoreConfig;
import org.readout.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --store} option of every command that uses the store, and opening, closing and error
 * handling in one place: a store that cannot be opened or fails is one line on standard error and
 * status 1; an argument the store refuses (an unknown country, an empty search) is one line and status 2.
 */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "The store's folder. Default: $READOUT_STORE, else ./readout-data.")
    Path store;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** What a command does with the open store; returns its exit code. */
    @FunctionalInterface
    interface Work {
        int run(Store store);
    }

    Path dir() {
        return StoreLocation.resolve(store, System.getenv());
    }

    /**
     * Runs {@code work} on the store, which must exist (a query should not leave an empty store behind a typo),
     * opened only to read: so that a store in a folder this user cannot write, or one a server reads, can be queried.
     */
    int query(Work work) {
        return query(UnaryOperator.identity(), work);
    }

    /** As {@link #query(Work)}, the store opened with {@code tuning}'s settings (a usage error if it refuses them). */
    int query(UnaryOperator<StoreConfig> tuning, Work work) {
        return existing(tuning, true, work);
    }

    /** Runs {@code work} on the store, which must exist, opened to write: to complete what a crash left, or to ingest. */
    int repair(UnaryOperator<StoreConfig> tuning, Work work) {
        return existing(tuning, false, work);
    }

    private int existing(UnaryOperator<StoreConfig> tuning, boolean readOnly, Work work) {
        Path dir = dir();
        if (!Files.isRegularFile(dir.resolve(Store.DATABASE_FILE))) {
            err().println("readout: store " + dir + ": no store here (readout ingest --store " + dir + " PATH makes one)");
            return ExitCodes.SOME_INPUT_FAILED;
        }
        StoreConfig config;
        try {
            config = tuning.apply(StoreConfig.at(dir));
        } catch (IllegalArgumentException e) {
            err().println("readout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return run(config, readOnly, work);
    }

    /** Runs {@code work} on the store, created if missing, its names resolved with {@code knowledge} (null: the bundled files). */
    int update(Path knowledge, Work work) {
        return run(new StoreConfig(dir(), knowledge), false, work);
    }

    private int run(StoreConfig config, boolean readOnly, Work work) {
        Store opened;
        try {
            opened = readOnly ? Store.openReadOnly(config) : Store.open(config);
        } catch (StoreException e) {
            err().println("readout: store " + config.dir() + ": " + e.getMessage());
            return ExitCodes.SOME_INPUT_FAILED;
        }
        try (Store s = opened) {
            return work.run(s);
        } catch (StoreException e) {
            err().println("readout: store " + config.dir() + ": " + e.getMessage());
            return ExitCodes.SOME_INPUT_FAILED;
        } catch (IllegalArgumentException e) {
            // how the store refuses an argument: an unknown country, an empty search
            err().println("readout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
