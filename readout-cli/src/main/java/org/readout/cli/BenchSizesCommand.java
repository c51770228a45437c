package org.readout.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readout.extract.Readout;
import org.readout.extract.ReadoutConfig;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.synthetic.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code readout bench-sizes}: extraction time against the length of one generated text, to see that it grows
 * linearly. Two texts of each size: one long readout of one meeting, and many readouts of many meetings run
 * together (the harder case: every meeting's framing reads its story). No time budget. A benchmark: it asserts
 * nothing.
 */
@Command(name = "bench-sizes", mixinStandardHelpOptions = true,
        description = "Print single-thread extraction time against text size (generated readout text).")
final class BenchSizesCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "10k,100k,1m,5m",
            description = "Text sizes in characters (k, m suffixes). Default: ${DEFAULT-VALUE}.")
    List<String> sizes;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs per size after a warm-up; the median is shown. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        int[] chars = sizes.stream().mapToInt(this::parse).toArray();
        Readout readout = Readout.create(ReadoutConfig.defaults().withBudget(Arrays.stream(chars).max().orElse(1) + 1, Duration.ZERO));
        SyntheticCorpus corpus = new SyntheticCorpus(KnowledgeLoader.load(null));
        for (int seed = 0; seed < 20; seed++) {
            readout.extract("warm-up", corpus.longReadout(20_000, seed));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %14s %12s %16s %12s%n", "chars", "one meeting ms", "µs per KB", "many meetings ms", "µs per KB");
        for (int n : chars) {
            double one = medianMs(readout, corpus.longReadout(n, 1));
            double many = medianMs(readout, corpus.manyReadouts(n, 7));
            out.printf(Locale.ROOT, "%-10d %14.0f %12.1f %16.0f %12.1f%n", n, one, one * 1e6 / n, many, many * 1e6 / n);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private double medianMs(Readout readout, String text) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            readout.extract("bench", text);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private int parse(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        int factor = s.endsWith("k") ? 1_000 : s.endsWith("m") ? 1_000_000 : 1;
        try {
            long n = Long.parseLong(factor == 1 ? s : s.substring(0, s.length() - 1)) * factor;
            if (n < 1 || n > Integer.MAX_VALUE - 4096) {
                throw new NumberFormatException();
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--sizes: not a size: '" + size + "'");
        }
    }
}
