package org.readout.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.analysis.StatementRef;
import org.readout.model.Statement;
import org.readout.model.StatementKind;
import org.readout.store.StatementFilter;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout statements}: what was said, by speaker, side, topic, kind and day. */
@Command(name = "statements", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Statements in date order with their speaker, side and kind, narrowed by the options.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the statements are listed (none is no error)",
            "1:the store could not be opened or read, or is not there",
            "2:usage error (bad option, unknown country or kind)", "3:internal error"})
final class StatementsCommand implements Callable<Integer> {
    private static final int TEXT_WIDTH = 64;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Said by this person (any spelling), or \"both\" for what the sides said together.")
    String speaker;

    @Option(names = "--country", paramLabel = "COUNTRY",
            description = "Said by this state's side (alpha-3 code or name), or BOTH for what the sides said together.")
    String country;

    @Option(names = "--topic", paramLabel = "TOPIC", converter = TopicId.class,
            completionCandidates = Candidates.Topics.class, description = "On this topic (a taxonomy id such as maritime_disputes).")
    String topic;

    @Option(names = "--kind", paramLabel = "KIND",
            completionCandidates = Candidates.Kinds.class,
            description = "Of this kind: commitment, proposal, position, support, opposition, agreement or other.")
    StatementKind kind;

    @Option(names = "--since", paramLabel = "DATE", description = "Said on or after DATE (yyyy-mm-dd).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Said on or before DATE (yyyy-mm-dd).")
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
        StatementFilter filter = StatementFilter.ANY.withSpeaker(speaker).withCountry(country).withTopic(topic).withKind(kind)
                .during(since, until);
        List<StatementRef> statements = s.statements(filter, page.page());
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format) {
            case json -> Json.print(out, statements);
            case csv -> table(statements, true).printCsv(out);
            case table -> {
                if (statements.isEmpty()) {
                    out.println("no statements");
                } else {
                    table(statements, false).printWrapped(out, TEXT_WIDTH, Screen.width());
                }
                String more = page.more(statements.size());
                if (more != null) {
                    out.println(more);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The terminal table leaves out the topics and the document, which would squeeze the sentence. */
    private static TextTable table(List<StatementRef> statements, boolean complete) {
        TextTable.Builder t = complete
                ? TextTable.builder("date", "speaker", "country", "kind", "topics", "document", "statement_index", "text")
                : TextTable.builder("date", "speaker", "side", "kind", "statement");
        for (StatementRef r : statements) {
            Statement st = r.statement();
            if (complete) {
                t.row(r.date(), st.speaker(), st.country(), Labels.lower(st.kind()), String.join(" ", st.topics()), r.doc(),
                        r.statementIndex(), st.text());
            } else {
                t.row(Labels.date(r.date()), Statement.BOTH.equals(st.speaker()) ? "both sides" : st.speaker(), st.country(),
                        Labels.lower(st.kind()), st.text());
            }
        }
        return t.build();
    }
}
