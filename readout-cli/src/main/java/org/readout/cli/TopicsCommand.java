package org.readout.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readout.store.Store;
import org.readout.store.TopicCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout topics}: how often each side spoke on each topic, period by period. */
@Command(name = "topics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"How many statements each side made on each topic, per year or quarter, in the documents where the"
                + " two states meet: a table, then a chart per topic across periods. \"both\" counts what the sides said"
                + " together."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the counts are shown (none is no error)",
            "1:the store could not be opened or read, or is not there",
            "2:usage error (bad option, unknown country)", "3:internal error"})
final class TopicsCommand implements Callable<Integer> {
    @Option(names = "--between", arity = "2", required = true, paramLabel = "COUNTRY",
            description = "The two states (alpha-3 codes or names: China Vietnam).")
    List<String> between;

    @Option(names = "--by", defaultValue = "year", paramLabel = "PERIOD",
            completionCandidates = Candidates.Periods.class, description = "year or quarter. Default: ${DEFAULT-VALUE}.")
    TopicCount.Period by;

    @Option(names = "--top", defaultValue = "8", paramLabel = "N",
            description = "Charts for the N topics most spoken on (0: every topic). Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    FormatOption format;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    /** What the json format writes: the two states' codes, the period, and the counts. */
    record TopicCounts(List<String> between, String by, List<TopicCount> counts) {
    }

    @Override
    public Integer call() {
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must be 0 or more, not " + top);
        }
        return store.query(this::count);
    }

    private int count(Store s) {
        List<String> sides = List.of(s.countryCode(between.get(0)), s.countryCode(between.get(1)));
        List<TopicCount> counts = s.topicCounts(sides.get(0), sides.get(1), by);
        PrintWriter out = spec.commandLine().getOut();
        TopicTable table = new TopicTable(sides, counts);
        switch (format.format) {
            case json -> Json.print(out, new TopicCounts(sides, by.name().toLowerCase(Locale.ROOT), counts));
            case csv -> table.table(false).printCsv(out);
            case table -> {
                if (counts.isEmpty()) {
                    out.println("no statements of " + sides.get(0) + " and " + sides.get(1) + " meeting each other");
                } else {
                    table.table(true).printTable(out, Screen.width());
                    table.printCharts(out, top);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
