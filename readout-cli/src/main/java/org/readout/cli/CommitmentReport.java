package org.readout.cli;

import java.io.PrintWriter;
import java.util.List;
import org.readout.analysis.StatementRef;
import org.readout.analysis.commitment.CommitmentGroup;

/** Commitment groups for a person: a line per group, its wording, then the sentences that made it, indented. */
record CommitmentReport(List<CommitmentGroup> groups) {
    /** At most this wide, else the terminal's width: prose reads badly in longer lines. */
    private static final int MAX_WIDTH = 100;
    private static final String EVIDENCE = "    ";

    void print(PrintWriter out) {
        int width = Math.min(MAX_WIDTH, Screen.width());
        if (groups.isEmpty()) {
            out.println("no commitments");
            return;
        }
        for (CommitmentGroup g : groups) {
            out.println(g.country() + " · " + plural(g.meetings(), "meeting") + ", " + span(g) + " · "
                    + plural(g.documents(), "document") + " · " + g.id());
            if (g.evidence().size() > 1) {
                Wrap.print(out, "  “", "   ", TerminalSafe.text(g.representative()) + "”", width);
            }
            for (StatementRef r : g.evidence()) {
                String head = EVIDENCE + Labels.date(r.date()) + "  ";
                Wrap.print(out, head, " ".repeat(head.length()),
                        Labels.speaker(r.statement()) + ", " + r.doc() + ": " + r.statement().text(), width);
            }
            out.println();
        }
        long repeated = groups.stream().filter(g -> g.meetings() > 1).count();
        out.println("(" + plural(groups.size(), "commitment") + ", " + repeated + " made at more than one meeting)");
    }

    private static String span(CommitmentGroup g) {
        if (g.firstSeen() == null) {
            return "undated";
        }
        return g.firstSeen().equals(g.lastSeen()) ? g.firstSeen().toString() : g.firstSeen() + " to " + g.lastSeen();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** For CSV: one row per sentence, with its group's summary. */
    static TextTable evidence(List<CommitmentGroup> groups) {
        TextTable.Builder t = TextTable.builder("commitment_id", "country", "meetings", "documents", "first_seen", "last_seen",
                "representative", "date", "speaker", "speaker_country", "document", "statement_index", "text");
        for (CommitmentGroup g : groups) {
            for (StatementRef r : g.evidence()) {
                t.row(g.id(), g.country(), g.meetings(), g.documents(), g.firstSeen(), g.lastSeen(), g.representative(),
                        r.date(), r.statement().speaker(), r.statement().country(), r.doc(), r.statementIndex(),
                        r.statement().text());
            }
        }
        return t.build();
    }
}
