package org.readout.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.analysis.commitment.CommitmentGroup;
import org.readout.analysis.commitment.CommitmentGrouper;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout commitments}: each state's promises, the same promise made at several meetings grouped. */
@Command(name = "commitments", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Commitments grouped across meetings by similar wording, most repeated first: where each was first"
                + " and last seen, at how many meetings, and the sentences that made it. What \"both sides\" agreed to do"
                + " counts for each state."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the commitments are shown (none is no error)",
            "1:the store could not be opened or read, or is not there",
            "2:usage error (bad option, unknown country)", "3:internal error"})
final class CommitmentsCommand implements Callable<Integer> {
    @Option(names = "--country", paramLabel = "COUNTRY", description = "Only this state's commitments (alpha-3 code or name).")
    String country;

    @Mixin
    FormatOption format;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return store.query(this::group);
    }

    private int group(Store s) {
        String code = s.countryCode(country);
        List<CommitmentGroup> groups = new CommitmentGrouper().group(s.promises(code)).stream()
                .filter(g -> code == null || g.country().equals(code)).toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format) {
            case json -> Json.print(out, groups);
            case csv -> CommitmentReport.evidence(groups).printCsv(out);
            case table -> new CommitmentReport(groups).print(out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
