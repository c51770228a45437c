package org.readout.analysis.codes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.MeetingMerger;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

/** A China-Vietnam visit reported twice, with what was said, for the coders' tests. */
final class CodeFixtures {
    static final LocalDateTime ADDED = LocalDateTime.parse("2024-04-05T10:30:00");
    static final List<Participant> PEOPLE = List.of(new Participant("Wang Yi", "CHN", List.of()),
            new Participant("Bui Thanh Son", "VNM", List.of()));
    static final Statement PROMISE = new Statement("Wang Yi", "CHN", StatementKind.COMMITMENT, List.of("trade"),
            "China is willing to import more Vietnamese agricultural products.", null);
    static final Statement REJECTION = new Statement("Bui Thanh Son", "VNM", StatementKind.OPPOSITION,
            List.of(), "Son rejected the claims.", null);
    static final Statement AGREED = new Statement(Statement.BOTH, Statement.BOTH_COUNTRY, StatementKind.AGREEMENT,
            List.of("land_border", "trade"), "The two sides signed an agreement on border gates.", null);
    static final Statement VIEW = new Statement("Wang Yi", "CHN", StatementKind.POSITION, List.of(),
            "Wang Yi said relations are at their best.", null);
    static final Meeting VISIT = meeting(EventMode.VISIT, new Location("Hanoi", null, "VNM"), "VNM", null, PEOPLE);
    static final Map<String, ReadoutRecord> RECORDS = Map.of(
            "d1", record("a.txt", "https://example.org/a", List.of(PROMISE, AGREED, VIEW), List.of("trade", "defense_security")),
            "d2", record("b.txt", null, List.of(PROMISE, REJECTION), List.of("trade")));

    private CodeFixtures() {
    }

    static Meeting meeting(EventMode mode, Location place, String host, String occasion, List<Participant> people) {
        Event e = new Event(mode, LocalDate.parse("2024-04-04"), place, host, occasion, people, null);
        return new MeetingMerger().merge(List.of(new Account("d1", "a.txt", 0, "Xinhua", "CHN", null, e),
                new Account("d2", "b.txt", 0, "VNA", "VNM", null, e))).get(0);
    }

    static ReadoutRecord record(String doc, String url, List<Statement> statements, List<String> topics) {
        return new ReadoutRecord(doc, null, "en", null, null, url, null, List.of(), statements, topics, List.of(),
                List.of(), null);
    }
}
