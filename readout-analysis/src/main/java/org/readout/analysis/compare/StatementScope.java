package org.readout.analysis.compare;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.readout.model.Event;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Span;
import org.readout.model.Statement;

/**
 * The statements of a record that belong to one of its events. A record of one event: all of them.
 * A round-up: those said by the event's states (or by "both"), in the stretch of text from the
 * event's sentence to the next event's, since round-ups tell one meeting after another; events
 * reported in one sentence share its stretch.
 */
public final class StatementScope {
    private StatementScope() {
    }

    public static List<Statement> of(ReadoutRecord record, int eventIndex) {
        if (record.events().size() <= 1) {
            return record.statements();
        }
        Event event = record.events().get(eventIndex);
        Set<String> states = event.participants().stream().map(Participant::country).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return record.statements().stream()
                .filter(s -> s.country() == null || Statement.BOTH_COUNTRY.equals(s.country()) || states.contains(s.country()))
                .filter(s -> inStretch(s.evidence(), event.evidence(), record.events()))
                .toList();
    }

    private static boolean inStretch(Span statement, Span own, List<Event> events) {
        if (statement == null || own == null) {
            return true;
        }
        int next = events.stream().map(Event::evidence).filter(Objects::nonNull).mapToInt(Span::start)
                .filter(start -> start > own.start()).min().orElse(Integer.MAX_VALUE);
        boolean first = events.stream().map(Event::evidence).filter(Objects::nonNull)
                .allMatch(e -> e.start() >= own.start());
        return (first || statement.start() >= own.start()) && statement.start() < next;
    }
}
