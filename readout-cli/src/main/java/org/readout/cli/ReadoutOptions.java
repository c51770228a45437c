package org.readout.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.readout.extract.Readout;
import org.readout.extract.ReadoutConfig;
import org.readout.input.InputLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code extract} and {@code bench} share (a picocli mixin): the inputs, the size limit,
 * the knowledge folder, and the decoding and the {@link Readout} they make of them.
 */
final class ReadoutOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    long maxBytes;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--max-bytes", defaultValue = "5242880", description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
    void maxBytes(long value) {
        maxBytes = MaxBytes.check(spec, value);
    }

    @Option(names = "--knowledge", paramLabel = "DIR", description = "A folder of knowledge files that replace the bundled ones of the same name.")
    Path knowledge;

    double timeBudgetSeconds;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest one document may take to extract (0: no limit); one that takes longer is reported and skipped. Default: ${DEFAULT-VALUE}.")
    void timeBudget(double seconds) {
        if (!(seconds >= 0)) {
            throw new ParameterException(spec.commandLine(), "--time-budget must be 0 (no limit) or a positive number of seconds, not " + seconds);
        }
        timeBudgetSeconds = seconds;
    }

    Readout readout() {
        ReadoutConfig config = ReadoutConfig.withKnowledge(knowledge);
        return Readout.create(config.withBudget(config.maxChars(), Duration.ofMillis(Math.round(timeBudgetSeconds * 1000))));
    }

    /** The inputs, folders expanded. */
    InputFiles.Expanded inputs() {
        return InputFiles.expand(paths);
    }

    /** The options to give another run of the command so that it reads as this one does. */
    List<String> asArguments() {
        List<String> args = new ArrayList<>(List.of("--max-bytes", String.valueOf(maxBytes), "--time-budget", String.valueOf(timeBudgetSeconds)));
        if (knowledge != null) {
            args.addAll(List.of("--knowledge", knowledge.toString()));
        }
        return args;
    }

    /** Reads the inputs' documents, each decoded or rejected with the reason (missing, unreadable, too large, binary). */
    DocumentReader reader() {
        return new DocumentReader(new InputLimits(maxBytes));
    }
}
