package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.input.InputLimits;
import org.readout.input.InputReader;
import org.readout.synthetic.SyntheticCorpus;
import org.readout.synthetic.WarcReadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code readout bench-read}: writes web archives of growing size from generated readouts and reads
 * each through the input readers, end to end. A benchmark, not a test: it asserts nothing.
 */
@Command(name = "bench-read", mixinStandardHelpOptions = true,
        description = "Generate WARC files of the given sizes and read each through the input readers: documents/s, peak heap and RSS.")
final class BenchReadCommand implements Callable<Integer> {
    @Option(names = "--mb", split = ",", defaultValue = "100,300,1000",
            description = "Archive sizes in MB, each generated and read in turn. Default: ${DEFAULT-VALUE}.")
    List<Long> sizesMb;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "A folder for the archives; must not exist yet.")
    Path dir;

    @Option(names = "--gzip", description = "Write WARC.gz (a gzip member per record), as crawlers do; sizes are then compressed sizes.")
    boolean gzip;

    @Option(names = "--keep", description = "Keep the archives after the run.")
    boolean keep;

    @Option(names = "--pages", defaultValue = "2000", description = "Distinct generated readouts the pages repeat. Default: ${DEFAULT-VALUE}.")
    int pages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir)) {
            err.println("readout: " + dir + " exists; bench-read needs a new folder");
            return ExitCodes.USAGE;
        }
        if (sizesMb.isEmpty() || sizesMb.stream().anyMatch(n -> n < 1) || pages < 1) {
            err.println("readout: --mb must be positive sizes, --pages positive");
            return ExitCodes.USAGE;
        }
        Files.createDirectories(dir);
        WarcReadBenchmark bench = new WarcReadBenchmark(
                new SyntheticCorpus(KnowledgeLoader.load(null)).documents(pages, 42).toList(), new InputReader(InputLimits.defaults()));
        List<WarcReadBenchmark.Result> results = new ArrayList<>();
        for (long mb : sizesMb) {
            err.printf(Locale.ROOT, "writing a %,d MB archive%n", mb);
            err.flush();
            Path file = bench.generate(dir, mb * 1_000_000L, gzip);
            err.printf(Locale.ROOT, "reading %s%n", file);
            err.flush();
            results.add(bench.read(file));
            if (!keep) {
                Files.delete(file);
            }
        }
        if (!keep) {
            Files.delete(dir);
        }
        spec.commandLine().getOut().print(WarcReadBenchmark.table(results));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
