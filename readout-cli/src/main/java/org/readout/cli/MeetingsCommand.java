package org.readout.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.readout.analysis.Conflict;
import org.readout.analysis.Meeting;
import org.readout.store.MeetingFilter;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout meetings}: the timeline of meetings, each with the accounts that report it. */
@Command(name = "meetings", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The timeline of meetings: date, place, mode, participants, the accounts that report each, and its id"
                + " (for readout meeting ID).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the meetings are listed (none is no error)",
            "1:the store could not be opened or read, or is not there",
            "2:usage error (bad option, unknown country)", "3:internal error"})
final class MeetingsCommand implements Callable<Integer> {
    @Option(names = "--between", arity = "2", paramLabel = "COUNTRY",
            description = "Only meetings of both states (alpha-3 codes or names: CHN, Vietnam).")
    List<String> between;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only meetings this person took part in (any spelling).")
    String actor;

    @Option(names = "--since", paramLabel = "DATE", description = "Only meetings on or after DATE (yyyy-mm-dd).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only meetings on or before DATE (yyyy-mm-dd).")
    LocalDate until;

    @Mixin
    PageOption page;

    @Mixin
    FormatOption format;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return store.query(this::list);
    }

    private int list(Store s) {
        MeetingFilter filter = MeetingFilter.ANY.withCountries(between).withActor(actor).during(since, until);
        List<Meeting> meetings = s.meetings(filter, page.page());
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format) {
            case json -> Json.print(out, meetings);
            case csv -> table(meetings).printCsv(out);
            case table -> {
                if (meetings.isEmpty()) {
                    out.println("no meetings");
                } else {
                    table(meetings).printTable(out, Screen.width());
                }
                String more = page.more(meetings.size());
                if (more != null) {
                    out.println(more);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static TextTable table(List<Meeting> meetings) {
        TextTable.Builder t = TextTable.builder("date", "place", "mode", "participants", "accounts", "conflicts", "id");
        for (Meeting m : meetings) {
            t.row(Labels.date(m.date()), Labels.place(m.location()), Labels.lower(m.mode()),
                    Labels.participants(m.participants()),
                    m.accounts().stream().map(Labels::account).collect(Collectors.joining("; ")),
                    m.conflicts().stream().map(Conflict::field).collect(Collectors.joining(", ")), m.id());
        }
        return t.build();
    }
}
