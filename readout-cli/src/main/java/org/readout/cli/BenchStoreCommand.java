package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.extract.Readout;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.synthetic.StoreBenchmark;
import org.readout.synthetic.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code readout bench-store}: ingests a generated corpus into a fresh store in stages and times each
 * analysis query at each stage. A benchmark, not a test: it asserts nothing.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Ingest generated readouts into a fresh store in stages; time ingest and each analysis query (p50/p95).")
final class BenchStoreCommand implements Callable<Integer> {
    @Option(names = "--docs", split = ",", defaultValue = "10000,100000",
            description = "Cumulative document counts after which queries are timed. Default: ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "A folder for the store; must not exist yet.")
    Path dir;

    @Option(names = "--threads", defaultValue = "2", description = "Extraction threads. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--samples", defaultValue = "200", description = "Timed runs of each query per stage. Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--seed", defaultValue = "42", description = "The generator's seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir)) {
            err.println("readout: " + dir + " exists; bench-store needs a new folder");
            return ExitCodes.USAGE;
        }
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || !sizes.equals(sizes.stream().sorted().toList())) {
            err.println("readout: --docs must be positive counts in ascending order");
            return ExitCodes.USAGE;
        }
        StoreBenchmark bench = new StoreBenchmark(new SyntheticCorpus(KnowledgeLoader.load(null)), Readout::create,
                threads, samples, seed);
        List<StoreBenchmark.Stage> stages = bench.run(dir, sizes, line -> {
            err.println(line);
            err.flush();
        });
        spec.commandLine().getOut().print(StoreBenchmark.table(stages));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
