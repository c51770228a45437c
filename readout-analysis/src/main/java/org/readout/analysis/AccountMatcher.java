package org.readout.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.readout.extract.text.Fold;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;

/**
 * Whether two accounts can report the same interaction. Always: different documents, the same
 * states (a participant whose state is unknown takes the state of the same-named person on the
 * other side), in person or remote alike, the same place where both name it. Then by date:
 * <ul>
 *   <li>dated both: at most a day apart (one side often dates it a day later), or a few days where
 *       the same people met in the same city, since extracted and outlets' dates are fallible;</li>
 *   <li>one undated: the same people in the same city, not after the undated report was published nor more than
 *       a few days before (so that the match does not depend on which reports are merged together: the store
 *       looks that far around a report for its partners); with no publication date, any day;</li>
 *   <li>both undated: that, and published within a day of each other.</li>
 * </ul>
 */
final class AccountMatcher {
    static final int DAYS_APART = 1;
    static final int FEW_DAYS_APART = 3;

    boolean matches(Account a, Account b) {
        if (a.documentId().equals(b.documentId()) || !sameStates(a.event(), b.event())
                || !sameWay(a.event().mode(), b.event().mode()) || !samePlaceWhereKnown(a.event(), b.event())) {
            return false;
        }
        LocalDate da = a.event().date();
        LocalDate db = b.event().date();
        if (da != null && db != null) {
            long days = Math.abs(ChronoUnit.DAYS.between(da, db));
            return days <= DAYS_APART || (days <= FEW_DAYS_APART && samePeopleSameCity(a.event(), b.event()));
        }
        if (!samePeopleSameCity(a.event(), b.event())) {
            return false;
        }
        if (da != null || db != null) {
            Account undated = da == null ? a : b;
            LocalDate date = da == null ? db : da;
            return undated.published() == null || !date.isAfter(undated.published().plusDays(DAYS_APART))
                    && !date.isBefore(undated.published().minusDays(FEW_DAYS_APART));
        }
        return a.published() != null && b.published() != null
                && Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) <= DAYS_APART;
    }

    /** Two states or more, the same on both sides; multilateral meetings may list a few states fewer. */
    static boolean sameStates(Event a, Event b) {
        Set<String> x = parties(a, b);
        Set<String> y = parties(b, a);
        if (x.size() < 2 || y.size() < 2) {
            return false;
        }
        if (x.size() >= 3 && y.size() >= 3) {
            return x.containsAll(y) || y.containsAll(x);
        }
        return x.equals(y);
    }

    /** The states of {@code event}'s participants; an unknown one borrowed from {@code other} by name. */
    static Set<String> parties(Event event, Event other) {
        Set<String> parties = new TreeSet<>();
        for (Participant p : event.participants()) {
            parties.add(p.country() != null ? p.country() : borrowedState(p, other));
        }
        return parties;
    }

    private static String borrowedState(Participant p, Event other) {
        return other.participants().stream()
                .filter(q -> q.country() != null && PersonNames.same(p.name(), q.name()))
                .map(Participant::country).findFirst()
                .orElse("?" + PersonNames.lastWord(p.name()));
    }

    private static boolean sameWay(EventMode a, EventMode b) {
        return a == EventMode.UNKNOWN || b == EventMode.UNKNOWN || remote(a) == remote(b);
    }

    static boolean remote(EventMode mode) {
        return mode == EventMode.PHONE || mode == EventMode.VIDEO;
    }

    private static boolean samePlaceWhereKnown(Event a, Event b) {
        Location x = a.location();
        Location y = b.location();
        if (x == null || y == null) {
            return true;
        }
        return known(x.country(), y.country(), Objects::equals) && known(x.city(), y.city(), AccountMatcher::sameCity);
    }

    private static boolean samePeopleSameCity(Event a, Event b) {
        return a.location() != null && b.location() != null && a.location().city() != null
                && b.location().city() != null && sameCity(a.location().city(), b.location().city())
                && samePeople(a, b);
    }

    private static boolean sameCity(String a, String b) {
        return Fold.compact(a).equals(Fold.compact(b));
    }

    /** Every participant of the shorter list is named on the other side. */
    static boolean samePeople(Event a, Event b) {
        Event shorter = a.participants().size() <= b.participants().size() ? a : b;
        Event longer = shorter == a ? b : a;
        return shorter.participants().stream().allMatch(p -> longer.participants().stream()
                .anyMatch(q -> PersonNames.same(p.name(), q.name())));
    }

    private static boolean known(String x, String y, java.util.function.BiPredicate<String, String> same) {
        return x == null || y == null || same.test(x, y);
    }
}
