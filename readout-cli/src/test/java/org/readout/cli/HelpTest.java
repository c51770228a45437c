package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help prints cleanly: a stray '%' in a description makes picocli warn instead. */
class HelpTest {
    @Test
    void everyCommandsHelpIsPrintedWithoutWarnings() {
        List<String> commands = new CommandLine(new Main()).getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
        assertThat(commands).contains("extract", "ingest", "bench-serve");

        for (String command : commands) {
            Cli.Result help = Cli.run(command, "--help");

            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: readout " + command);
            assertThat(help.err()).as(command).doesNotContain("WARN");
        }
    }
}
