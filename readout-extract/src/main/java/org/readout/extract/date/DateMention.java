package org.readout.extract.date;

import java.time.DayOfWeek;
import org.readout.model.Span;

/**
 * A date expression as written: a calendar date (year possibly missing), a weekday, or a word
 * relative to the day of writing ("today", "yesterday"). Offsets are document offsets.
 *
 * @param daysBefore for a relative word, how many days before the day of writing; for a weekday, how many days
 *                   before it the weekday must fall at the latest ("last Friday": 1), or null
 */
public record DateMention(Span span, Integer year, Integer month, Integer day, DayOfWeek weekday, Integer daysBefore) {
    public boolean isCalendar() {
        return month != null && day != null;
    }

    public boolean isComplete() {
        return isCalendar() && year != null;
    }
}
