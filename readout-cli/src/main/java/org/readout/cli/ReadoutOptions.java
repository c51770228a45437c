package org.readout.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.readout.extract.Readout;
import org.readout.extract.ReadoutConfig;
import org.readout.input.InputLimits;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code extract} and {@code bench} share (a picocli mixin): the inputs, the size limit, a dump's columns,
 * the knowledge folder, and the decoding and the {@link Readout} they make of them.
 */
final class ReadoutOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    @Option(names = "--max-bytes", defaultValue = "5242880", converter = PositiveBytes.class,
            description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Mixin
    ColumnOptions columns;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "A folder of knowledge files that replace the bundled ones of the same name.")
    Path knowledge;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "10", converter = Seconds.class,
            description = "Longest one document may take to extract (0: no limit); one that takes longer is reported and skipped. Default: ${DEFAULT-VALUE}.")
    Duration timeBudget;

    Readout readout() {
        ReadoutConfig config = ReadoutConfig.withKnowledge(knowledge);
        return Readout.create(config.withBudget(config.maxChars(), timeBudget));
    }

    /** The inputs, folders expanded. */
    InputFiles.Expanded inputs() {
        return InputFiles.expand(paths);
    }

    /** The options to give another run of the command so that it reads as this one does. */
    List<String> asArguments() {
        List<String> args = new ArrayList<>(List.of("--max-bytes", String.valueOf(maxBytes), "--time-budget", String.valueOf(timeBudget.toMillis() / 1000.0)));
        if (knowledge != null) {
            args.addAll(List.of("--knowledge", knowledge.toString()));
        }
        args.addAll(columns.asArguments());
        return args;
    }

    /** Reads the inputs' documents, each decoded or rejected with the reason (missing, unreadable, too large, binary). */
    DocumentReader reader() {
        return new DocumentReader(new InputLimits(maxBytes), columns.inputOptions());
    }
}
