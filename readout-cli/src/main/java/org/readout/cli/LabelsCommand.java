package org.readout.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.readout.store.RelationshipName;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout labels --between A B}: the formal names of a relationship over time, and who uses each. */
@Command(name = "labels", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The formal names two states give their relationship (\"comprehensive strategic cooperative"
                + " partnership\"), in the order they first appear in the accounts of their meetings: each with its first"
                + " and last day and the accounts that use it. csv has one row per name and account."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the names are listed (none is no error)",
            "1:the store could not be opened or read, or is not there",
            "2:usage error (bad option, unknown country)", "3:internal error"})
final class LabelsCommand implements Callable<Integer> {
    private static final int ACCOUNTS_WIDTH = 40;

    @Option(names = "--between", arity = "2", required = true, paramLabel = "COUNTRY",
            description = "The two states (alpha-3 codes or names: China Vietnam).")
    List<String> between;

    @Mixin
    FormatOption format;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    /** What the json format writes: the two states' codes and their relationship's names. */
    record Names(List<String> between, List<RelationshipName> names) {
    }

    @Override
    public Integer call() {
        return store.query(this::list);
    }

    private int list(Store s) {
        List<String> sides = List.of(s.countryCode(between.get(0)), s.countryCode(between.get(1)));
        List<RelationshipName> names = s.relationshipNames(sides.get(0), sides.get(1));
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format) {
            case json -> Json.print(out, new Names(sides, names));
            case csv -> csv(names).printCsv(out);
            case table -> {
                if (names.isEmpty()) {
                    out.println("no names for the relationship of " + sides.get(0) + " and " + sides.get(1));
                } else {
                    table(names).printWrapped(out, ACCOUNTS_WIDTH, Screen.width());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The accounts by source, each source once with how many of its documents use the name: "Xinhua (CHN) ×3". */
    private static TextTable table(List<RelationshipName> names) {
        TextTable.Builder t = TextTable.builder("name", "first", "last", "documents", "accounts");
        for (RelationshipName n : names) {
            Map<String, Integer> sources = new LinkedHashMap<>();
            n.uses().forEach(u -> sources.merge(Labels.source(u.outlet(), u.doc(), u.perspective()), 1, Integer::sum));
            String accounts = sources.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                    .collect(Collectors.joining("; "));
            t.row(n.label(), Labels.date(n.first()), Labels.date(n.last()), n.uses().size(), accounts);
        }
        return t.build();
    }

    private static TextTable csv(List<RelationshipName> names) {
        TextTable.Builder t = TextTable.builder("name", "first", "last", "date", "document", "document_id", "outlet", "perspective", "url");
        for (RelationshipName n : names) {
            for (RelationshipName.Use u : n.uses()) {
                t.row(n.label(), n.first(), n.last(), u.date(), u.doc(), u.documentId(), u.outlet(), u.perspective(), u.url());
            }
        }
        return t.build();
    }
}
