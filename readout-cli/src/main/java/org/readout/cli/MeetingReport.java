package org.readout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.readout.analysis.Account;
import org.readout.analysis.Conflict;
import org.readout.analysis.Meeting;
import org.readout.analysis.compare.Comparison;
import org.readout.analysis.compare.FramingUse;
import org.readout.analysis.compare.Side;
import org.readout.analysis.compare.TopicView;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;

/**
 * A meeting's accounts laid out for a person, in stacked blocks labelled by account (side-by-side
 * columns of sentences do not fit a terminal): the facts and the conflicts between accounts, then
 * per topic what each account says, then what only one account reports, then contested names.
 */
final class MeetingReport {
    /** At most this wide, else the terminal's width: prose reads badly in longer lines. */
    private static final int MAX_WIDTH = 100;
    private static final String NO_TOPIC = "(no topic)";

    private final Meeting meeting;
    private final Map<String, ReadoutRecord> records;
    private final Comparison comparison;
    private final Map<String, String> labels;
    private final int width;

    MeetingReport(Meeting meeting, Map<String, ReadoutRecord> records, Comparison comparison) {
        this.meeting = meeting;
        this.records = records;
        this.comparison = comparison;
        this.labels = labels(comparison.accounts());
        this.width = Math.min(MAX_WIDTH, Screen.width());
    }

    /** Each account by its outlet and perspective, by its document where two share an outlet. */
    private static Map<String, String> labels(List<Side> sides) {
        Map<String, Long> uses = sides.stream().collect(Collectors.groupingBy(
                s -> Labels.source(s.outlet(), s.doc(), s.perspective()), Collectors.counting()));
        Map<String, String> labels = new LinkedHashMap<>();
        for (Side s : sides) {
            String label = Labels.source(s.outlet(), s.doc(), s.perspective());
            labels.put(s.accountKey(), uses.get(label) > 1 ? Labels.source(null, s.doc(), s.perspective()) : label);
        }
        return labels;
    }

    /** Prints the report; the documents' words {@link TerminalSafe terminal-safe}. */
    void print(PrintWriter terminal) {
        StringWriter report = new StringWriter();
        PrintWriter out = new PrintWriter(report);
        header(out);
        topics(out);
        if (comparison.accounts().size() > 1) {
            comparison.accounts().forEach(side -> onlyIn(out, side));
        }
        framing(out);
        terminal.print(TerminalSafe.text(report.toString()));
    }

    private void header(PrintWriter out) {
        out.println("meeting " + meeting.id());
        field(out, "date", Labels.date(meeting.date()));
        field(out, "place", Labels.place(meeting.location()));
        field(out, "mode", Labels.lower(meeting.mode()) + (meeting.host() == null ? "" : " (host " + meeting.host() + ")"));
        field(out, "participants", meeting.participants().stream().map(MeetingReport::participant)
                .collect(Collectors.joining("; ")));
        List<String> conflicts = meeting.conflicts().stream().map(this::conflict).toList();
        field(out, "conflicts", conflicts.isEmpty() ? "none" : conflicts.get(0));
        conflicts.stream().skip(1).forEach(c -> field(out, "", c));
        for (int i = 0; i < meeting.accounts().size(); i++) {
            field(out, i == 0 ? "accounts" : "", account(meeting.accounts().get(i)));
        }
        if (meeting.accounts().size() == 1) {
            field(out, "", "(one account: nothing to set beside it)");
        }
    }

    private void field(PrintWriter out, String name, String value) {
        Wrap.print(out, "  " + String.format("%-14s", name), " ".repeat(16), value, width);
    }

    private static String participant(Participant p) {
        List<String> about = new ArrayList<>();
        if (p.country() != null) {
            about.add(p.country());
        }
        about.addAll(p.roles());
        return about.isEmpty() ? p.name() : p.name() + " (" + String.join(", ", about) + ")";
    }

    /** "date: 2024-12-05 in Xinhua (CHN); 2024-12-06 in Vietnam News Agency (VNM)". */
    private String conflict(Conflict c) {
        return c.field() + ": " + meeting.accounts().stream().filter(a -> c.values().containsKey(a.key()))
                .map(a -> c.values().get(a.key()) + " in " + labels.get(a.key())).collect(Collectors.joining("; "));
    }

    private String account(Account a) {
        ReadoutRecord r = records.get(a.documentId());
        StringBuilder b = new StringBuilder(labels.get(a.key()));
        if (a.outlet() != null) {
            b.append(": ").append(a.doc());
        }
        if (a.published() != null) {
            b.append(", published ").append(a.published());
        }
        if (r != null && r.title() != null) {
            b.append(", \"").append(r.title()).append('"');
        }
        return b.toString();
    }

    /** Per topic each account's statements; a statement already shown under an earlier topic is cut to one line. */
    private void topics(PrintWriter out) {
        boolean several = comparison.accounts().size() > 1;
        // by identity: two accounts may word a statement alike, and each is shown in full once
        Set<Statement> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TopicView topic : withUntopical()) {
            out.println();
            out.println(topic.topic());
            for (Side side : comparison.accounts()) {
                List<Statement> said = topic.statements().getOrDefault(side.accountKey(), List.of());
                if (said.isEmpty()) {
                    continue;
                }
                if (several) {
                    out.println("  " + labels.get(side.accountKey()));
                }
                String indent = several ? "    " : "  ";
                for (Statement s : said) {
                    if (shown.add(s)) {
                        statement(out, indent, s);
                    } else {
                        String line = indent + "- " + said(s);
                        out.println(line.length() <= width ? line : line.substring(0, width - 1) + "…");
                    }
                }
            }
        }
    }

    /** The comparison's topics, and the statements that have none, so that nothing said is left out. */
    private List<TopicView> withUntopical() {
        List<TopicView> all = new ArrayList<>(comparison.topics());
        Map<String, List<Statement>> untopical = new HashMap<>();
        for (Side side : comparison.accounts()) {
            List<Statement> none = side.statements().stream().filter(s -> s.topics().isEmpty()).toList();
            if (!none.isEmpty()) {
                untopical.put(side.accountKey(), none);
            }
        }
        if (!untopical.isEmpty()) {
            all.add(new TopicView(NO_TOPIC, untopical));
        }
        return all;
    }

    private void statement(PrintWriter out, String indent, Statement s) {
        Wrap.print(out, indent + "- ", indent + "  ", said(s), width);
    }

    private static String said(Statement s) {
        return Labels.speaker(s) + " [" + Labels.lower(s.kind()) + "]: " + s.text();
    }

    private void onlyIn(PrintWriter out, Side side) {
        List<String> topics = comparison.oneSidedTopics().stream()
                .filter(t -> t.statements().containsKey(side.accountKey())).map(TopicView::topic).toList();
        List<Statement> statements = comparison.oneSidedStatements().stream()
                .map(m -> m.statements().get(side.accountKey())).filter(s -> s != null).toList();
        out.println();
        out.println("Only in " + labels.get(side.accountKey()));
        if (topics.isEmpty() && statements.isEmpty()) {
            out.println("  nothing: the other accounts report all it says");
            return;
        }
        Wrap.print(out, "  topics: ", "          ", topics.isEmpty() ? "none" : String.join(", ", topics), width);
        statements.forEach(s -> statement(out, "  ", s));
    }

    private void framing(PrintWriter out) {
        if (comparison.framing().isEmpty()) {
            return;
        }
        out.println();
        out.println("Contested names");
        int conceptWidth = comparison.framing().stream().mapToInt(f -> f.concept().length()).max().orElse(0);
        for (FramingUse f : comparison.framing()) {
            Wrap.print(out, "  " + String.format("%-" + conceptWidth + "s", f.concept()) + "  ", " ".repeat(conceptWidth + 4),
                    framingUse(f), width);
        }
    }

    /** "South China Sea in Xinhua (CHN); East Sea in Vietnam News Agency (VNM): worded differently". */
    private String framingUse(FramingUse f) {
        List<String> parts = new ArrayList<>();
        for (Side side : comparison.accounts()) {
            Set<String> terms = f.terms().get(side.accountKey());
            if (terms != null) {
                parts.add(String.join(", ", terms) + (comparison.accounts().size() > 1 ? " in " + labels.get(side.accountKey()) : ""));
            }
        }
        String uses = String.join("; ", parts);
        if (f.differs()) {
            return uses + ": worded differently";
        }
        return f.oneSided() ? uses + "; not in " + f.silent().stream().map(labels::get).collect(Collectors.joining(", ")) : uses;
    }

    /** For CSV: one row per statement and topic, with whether no other account reports it. */
    TextTable statements() {
        Set<Statement> oneSided = Collections.newSetFromMap(new IdentityHashMap<>());
        comparison.oneSidedStatements().forEach(m -> oneSided.addAll(m.statements().values()));
        TextTable.Builder t = TextTable.builder("meeting_id", "topic", "account", "document", "speaker", "country", "kind",
                "only_in_this_account", "text");
        for (TopicView topic : withUntopical()) {
            for (Side side : comparison.accounts()) {
                for (Statement s : topic.statements().getOrDefault(side.accountKey(), List.of())) {
                    t.row(meeting.id(), NO_TOPIC.equals(topic.topic()) ? "" : topic.topic(), labels.get(side.accountKey()),
                            side.doc(), s.speaker(), s.country(), Labels.lower(s.kind()),
                            comparison.accounts().size() > 1 && oneSided.contains(s),
                            s.text());
                }
            }
        }
        return t.build();
    }
}
