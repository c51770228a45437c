package org.readout.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds and dumps write them (ISO 8601, RFC 822 as RSS has it), taken as the publisher
 * wrote them: "Tue, 05 Mar 2024 23:30:00 -0500" is 5 March, as in {@link PageHints}.
 */
final class Dates {
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");
    /** RFC 822 with a zone RFC 1123 parsing does not know ("EST"), or a two-digit year. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{2}|\\d{4})(?![0-9])");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private Dates() {
    }

    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            Matcher iso = ISO_DATE.matcher(v);
            if (iso.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            }
            try {
                return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
            } catch (DateTimeParseException e) {
                return dayMonthYear(v);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dayMonthYear(String v) {
        Matcher m = DAY_MONTH_YEAR.matcher(v);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, month / 3 + 1, Integer.parseInt(m.group(1))));
    }
}
