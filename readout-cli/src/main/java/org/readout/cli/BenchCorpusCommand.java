package org.readout.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.synthetic.SyntheticCorpus;
import org.readout.synthetic.SyntheticDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code readout bench-corpus}: writes the generated corpus the benchmarks use (readout-synthetic: several
 * readouts of each meeting, from both sides' outlets) as text files, so that other engines (readout-spark) and
 * {@code readout extract} can be timed on the same files.
 */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
        description = "Write generated readouts as text files into a new folder, for timing readout and readout-spark on the same input.")
final class BenchCorpusCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A folder for the files; must not exist yet.")
    Path dir;

    @Option(names = "--docs", defaultValue = "200000", description = "How many documents. Default: ${DEFAULT-VALUE}.")
    int documents;

    @Option(names = "--seed", defaultValue = "42", description = "The generator's seed: the same seed writes the same files. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir)) {
            spec.commandLine().getErr().println("readout: " + dir + " exists; bench-corpus needs a new folder");
            return ExitCodes.USAGE;
        }
        if (documents < 1) {
            spec.commandLine().getErr().println("readout: --docs must be at least 1");
            return ExitCodes.USAGE;
        }
        Files.createDirectories(dir);
        long bytes = 0;
        Iterator<SyntheticDocument> generated = new SyntheticCorpus(KnowledgeLoader.load(null)).documents(documents, seed).iterator();
        while (generated.hasNext()) {
            SyntheticDocument d = generated.next();
            byte[] text = d.text().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(d.name()), text);
            bytes += text.length;
        }
        spec.commandLine().getOut().printf("%d documents (%d MB) in %s%n", documents, bytes >> 20, dir);
        return ExitCodes.OK;
    }
}
