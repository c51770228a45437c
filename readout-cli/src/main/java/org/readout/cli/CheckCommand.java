package org.readout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.store.Store;
import org.readout.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout check}: opens the store (which finishes what a crash left undone) and checks it holds together. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Open the store, complete what an interrupted ingest left, and check that it holds together.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the store holds together", "1:the store has problems (listed) or could not be opened",
            "2:usage error", "3:internal error"})
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "The store's folder. Default: $READOUT_STORE, else ./readout-data.")
    Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = StoreLocation.resolve(store, System.getenv());
        try (Store s = Store.open(dir)) {
            List<String> problems = s.check();
            out.println("store " + dir + ": " + s.counts().describe());
            problems.forEach(p -> err.println("readout: store " + dir + ": " + p));
            out.println(problems.isEmpty() ? "ok" : problems.size() + " problems");
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
        } catch (StoreException e) {
            err.println("readout: store " + dir + ": " + e.getMessage());
            return ExitCodes.SOME_INPUT_FAILED;
        }
    }
}
