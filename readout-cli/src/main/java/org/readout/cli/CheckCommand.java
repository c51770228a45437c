package org.readout.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.concurrent.Callable;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code readout check}: opens the store (which finishes what a crash left undone) and checks it holds together. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Open the store, complete what an interrupted ingest left, and check that it holds together.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the store holds together", "1:the store has problems (listed), could not be opened or is not there",
            "2:usage error", "3:internal error"})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return store.repair(UnaryOperator.identity(), this::check); // it completes what a crash left: it writes
    }

    private int check(Store s) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = s.check();
        out.println("store " + store.dir() + ": " + s.counts().describe());
        problems.forEach(p -> err.println("readout: store " + store.dir() + ": " + p));
        out.println(problems.isEmpty() ? "ok" : problems.size() + " problems");
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
}
