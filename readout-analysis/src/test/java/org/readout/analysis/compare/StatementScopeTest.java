package org.readout.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Span;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

class StatementScopeTest {
    private static Event event(String partner, String state, int start) {
        return new Event(EventMode.THIRD_LOCATION, null, null, null, null,
                List.of(new Participant("S Jaishankar", "IND", List.of()), new Participant(partner, state, List.of())),
                new Span(start, start + 40));
    }

    private static Statement said(String country, int start) {
        return new Statement(country, country, StatementKind.POSITION, List.of(), "x", new Span(start, start + 10));
    }

    @Test
    void aRoundUpGivesEachMeetingTheStatementsOfItsStatesInItsStretch() {
        Statement indiaOnNepal = said("IND", 60);
        Statement nepal = said("NPL", 80);
        Statement indiaOnBhutan = said("IND", 160);
        Statement bhutan = said("BTN", 180);
        Statement both = said(Statement.BOTH_COUNTRY, 190);
        ReadoutRecord r = new ReadoutRecord("roundup.txt", null, "en", null, null, null, "IND",
                List.of(event("Narayan Khadka", "NPL", 10), event("Tandi Dorji", "BTN", 120)),
                List.of(indiaOnNepal, nepal, indiaOnBhutan, bhutan, both), List.of(), List.of(), List.of(), null);

        assertThat(StatementScope.of(r, 0)).containsExactly(indiaOnNepal, nepal);
        assertThat(StatementScope.of(r, 1)).containsExactly(indiaOnBhutan, bhutan, both);
    }

    @Test
    void aRecordOfOneEventKeepsEveryStatement() {
        ReadoutRecord r = new ReadoutRecord("one.txt", null, "en", null, null, null, null,
                List.of(event("Narayan Khadka", "NPL", 10)), List.of(said("USA", 5), said("NPL", 80)),
                List.of(), List.of(), List.of(), null);

        assertThat(StatementScope.of(r, 0)).hasSize(2);
    }
}
