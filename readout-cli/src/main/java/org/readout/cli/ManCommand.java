package org.readout.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code readout man}: the manual page readout(1), from the same definitions as every command's --help. */
@Command(name = "man", mixinStandardHelpOptions = true,
        description = {"Print the manual page readout(1) in troff: every command with its options and exit codes.",
            "man <(readout man) reads it; readout man > ~/.local/share/man/man1/readout.1 installs it for man readout."})
final class ManCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(new ManPage(spec.root()).troff());
        out.flush();
        return ExitCodes.OK;
    }
}
