package org.readout.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Turns a date expression into a day, against an anchor (the dateline's or publication date):
 * a weekday is its latest occurrence on or before the anchor ("last Friday": before it); a date
 * without a year takes the anchor's year, or the year before when that would put it after the anchor.
 */
public final class DateResolver {

    public Optional<LocalDate> resolve(DateMention mention, LocalDate anchor, Integer fallbackYear) {
        try {
            if (mention.isComplete()) {
                return Optional.of(LocalDate.of(mention.year(), mention.month(), mention.day()));
            }
            if (mention.isCalendar()) {
                return withYear(mention, anchor, fallbackYear);
            }
            if (anchor == null) {
                return Optional.empty();
            }
            if (mention.weekday() != null) {
                LocalDate latest = mention.daysBefore() == null ? anchor : anchor.minusDays(mention.daysBefore());
                return Optional.of(latest.with(TemporalAdjusters.previousOrSame(mention.weekday())));
            }
            return Optional.of(anchor.minusDays(mention.daysBefore()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> withYear(DateMention mention, LocalDate anchor, Integer fallbackYear) {
        if (anchor != null) {
            LocalDate date = LocalDate.of(anchor.getYear(), mention.month(), mention.day());
            return Optional.of(date.isAfter(anchor.plusDays(1)) ? date.minusYears(1) : date);
        }
        if (fallbackYear != null) {
            return Optional.of(LocalDate.of(fallbackYear, mention.month(), mention.day()));
        }
        return Optional.empty();
    }
}
