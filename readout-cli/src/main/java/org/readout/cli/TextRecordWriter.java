package org.readout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.readout.model.Event;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;

/**
 * A summary for a person: the document, each meeting in one line, then what each speaker said.
 * Everything from the document is printed {@link TerminalSafe terminal-safe}.
 */
final class TextRecordWriter implements RecordWriter {
    private final PrintWriter out;

    TextRecordWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(ReadoutRecord r) {
        StringWriter summary = new StringWriter();
        write(r, new PrintWriter(summary));
        out.print(TerminalSafe.text(summary.toString()));
    }

    private static void write(ReadoutRecord r, PrintWriter out) {
        out.printf("== %s%s%n", r.doc(), r.title() == null ? "" : "  " + r.title());
        out.printf("   %s | published %s | %s | perspective %s%n", r.language(), orDash(r.published()),
                orDash(r.outlet()), orDash(r.perspective()));
        if (r.events().isEmpty()) {
            out.println("   no meeting or call reported");
        }
        r.events().forEach(e -> out.println("   " + meetingLine(e)));
        Map<String, List<Statement>> bySpeaker = r.statements().stream().collect(
                Collectors.groupingBy(s -> s.speaker() + " (" + s.country() + ")", LinkedHashMap::new, Collectors.toList()));
        bySpeaker.forEach((speaker, statements) -> {
            out.println();
            out.println("   " + speaker);
            statements.forEach(s -> out.printf("     - [%s] %s%n", s.kind().name().toLowerCase(java.util.Locale.ROOT), s.text()));
        });
        if (!r.topics().isEmpty()) {
            out.println();
            out.println("   topics: " + String.join(", ", r.topics()));
        }
        if (!r.relationshipLabels().isEmpty()) {
            out.println("   relationship: " + String.join("; ", r.relationshipLabels()));
        }
        out.println();
    }

    static String meetingLine(Event e) {
        String who = e.participants().stream().map(TextRecordWriter::person).collect(Collectors.joining(" + "));
        String where = e.location() == null ? "" : " in " + String.join(", ", java.util.stream.Stream.of(
                e.location().city(), e.location().country()).filter(x -> x != null).toList());
        return String.format("%s %s: %s%s%s", orDash(e.date()), e.mode().name().toLowerCase(java.util.Locale.ROOT), who, where,
                e.occasion() == null ? "" : " (" + e.occasion() + ")");
    }

    private static String person(Participant p) {
        String roles = p.roles().isEmpty() ? "" : ", " + String.join(" and ", p.roles());
        return p.name() + " (" + orDash(p.country()) + roles + ")";
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
