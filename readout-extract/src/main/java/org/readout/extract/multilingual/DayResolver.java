package org.readout.extract.multilingual;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Turns a date as written into a day, against the day of writing (the anchor) and, for a date
 * without its year, the year the text is about. No day where the text does not let one tell.
 */
final class DayResolver {
    /** A meeting reported is at most this many days after the day of writing (time zones, late edits). */
    private static final int DAYS_AFTER_ANCHOR = 1;

    /** @param published the anchor is the day of writing, before which a date without its year or month lies */
    Optional<LocalDate> resolve(DateExpression d, LocalDate anchor, boolean published, Integer year) {
        try {
            if (d.complete()) {
                return Optional.of(LocalDate.of(d.year(), d.month(), d.day()));
            }
            if (d.month() != null && d.day() != null) {
                return monthDay(d, anchor, published, year);
            }
            if (anchor == null) {
                return Optional.empty();
            }
            if (d.day() != null) {
                LocalDate day = anchor.withDayOfMonth(Math.min(d.day(), anchor.lengthOfMonth()));
                return Optional.of(published && day.isAfter(anchor.plusDays(DAYS_AFTER_ANCHOR))
                        ? anchor.minusMonths(1).withDayOfMonth(d.day()) : day);
            }
            if (d.relative() != null) {
                return Optional.of(anchor.plusDays(d.relative()));
            }
            return Optional.of(anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(d.weekday()))));
        } catch (java.time.DateTimeException impossible) {
            return Optional.empty(); // "31/2": not a day
        }
    }

    private static Optional<LocalDate> monthDay(DateExpression d, LocalDate anchor, boolean published, Integer year) {
        if (anchor != null) {
            LocalDate day = LocalDate.of(anchor.getYear(), d.month(), d.day());
            return Optional.of(published && day.isAfter(anchor.plusDays(DAYS_AFTER_ANCHOR)) ? day.minusYears(1) : day);
        }
        return year == null ? Optional.empty() : Optional.of(LocalDate.of(year, d.month(), d.day()));
    }
}
