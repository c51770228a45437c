package org.readout.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.readout.analysis.Meeting;
import org.readout.analysis.compare.AccountComparison;
import org.readout.analysis.compare.Comparison;
import org.readout.model.ReadoutRecord;
import org.readout.store.MeetingDetail;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout meeting ID}: one meeting with its accounts side by side. */
@Command(name = "meeting", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"One meeting with its accounts side by side: what each says on each topic, the topics and statements"
                + " only one reports, the words each uses for contested names, and where the accounts disagree on the facts."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the meeting is shown",
            "1:no meeting has this id, or the store could not be opened or read, or is not there",
            "2:usage error, or the id's start is shared by several meetings (they are listed)", "3:internal error"})
final class MeetingCommand implements Callable<Integer> {
    /** Candidates listed when a prefix is ambiguous. */
    private static final int CANDIDATES = 10;

    @Parameters(index = "0", paramLabel = "ID",
            description = "The meeting's id as readout meetings shows it, or its start if no other id starts so.")
    String id;

    @Mixin
    FormatOption format;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    /** What the json format writes: the merged meeting and its accounts compared. */
    record MeetingView(Meeting meeting, Comparison comparison) {
    }

    @Override
    public Integer call() {
        return store.query(this::show);
    }

    private int show(Store s) {
        PrintWriter err = spec.commandLine().getErr();
        List<String> ids = s.meetingIds(id, CANDIDATES + 1);
        if (ids.size() > 1 && !ids.contains(id)) {
            err.println("readout: " + id + " starts " + (ids.size() > CANDIDATES ? "more than " + CANDIDATES : ids.size())
                    + " meeting ids: " + String.join(", ", ids.subList(0, Math.min(CANDIDATES, ids.size()))));
            return ExitCodes.USAGE;
        }
        Optional<MeetingDetail> found = ids.isEmpty() ? Optional.empty() : s.meeting(ids.contains(id) ? id : ids.get(0));
        if (found.isEmpty()) {
            err.println("readout: no meeting has the id " + id + " (readout meetings lists them)");
            return ExitCodes.SOME_INPUT_FAILED;
        }
        Meeting meeting = found.get().meeting();
        Map<String, ReadoutRecord> records = found.get().recordsByDocumentId();
        Comparison comparison = new AccountComparison().compare(meeting, records);
        PrintWriter out = spec.commandLine().getOut();
        MeetingReport report = new MeetingReport(meeting, records, comparison);
        switch (format.format) {
            case json -> Json.print(out, new MeetingView(meeting, comparison));
            case csv -> report.statements().printCsv(out);
            case table -> report.print(out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
