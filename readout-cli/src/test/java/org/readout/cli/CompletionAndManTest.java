package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The completion script and the manual page cover every command, from the same model as --help. */
class CompletionAndManTest {
    private static final List<String> COMMANDS = new CommandLine(new Main()).getSubcommands().keySet().stream()
            .filter(c -> !c.equals("help")).toList();

    @TempDir
    Path dir;

    @Test
    void theCompletionScriptKnowsEveryCommandAndTheirOptions() {
        Cli.Result completion = Cli.run("completion");

        assertThat(completion.exitCode()).isZero();
        assertThat(completion.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_readout")
                .contains("--between").contains("--quiet")
                .contains("(\"commitment\" \"proposal\"").contains("\"maritime_disputes\"").doesNotContain("\"COMMITMENT\"");
        assertThat(COMMANDS).contains("labels", "completion", "man")
                .allSatisfy(c -> assertThat(completion.out()).contains("_picocli_readout_" + c.replace("-", "")));
    }

    @Test
    void theManualPageHasASectionForEveryCommandAndTroffReadsItWithoutWarnings() throws Exception {
        Cli.Result man = Cli.run("man");

        assertThat(man.exitCode()).isZero();
        assertThat(man.out()).startsWith(".TH READOUT 1 ").contains(".SH EXIT STATUS", ".SH ENVIRONMENT", "READOUT_STORE")
                .contains("\\fB\\-\\-between\\fR \\fICOUNTRY\\fR");
        assertThat(COMMANDS).allSatisfy(c -> assertThat(man.out()).contains(".SS \"readout " + c + "\""));
        assertThat(man.out().lines()).noneMatch(l -> l.startsWith(".") && !l.matches("\\.(TH|SH|SS|TP|PP|B|nf|fi)( .*)?"));

        Path groff = Path.of("/usr/bin/groff");
        assumeThat(Files.isExecutable(groff)).as("groff, to read the page as man does").isTrue();
        Path page = Files.writeString(dir.resolve("readout.1"), man.out(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(groff.toString(), "-man", "-ww", "-z", "-Tutf8", page.toString()).redirectErrorStream(true).start();
        String warnings = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(warnings).isEmpty();
        assertThat(p.exitValue()).isZero();
    }
}
