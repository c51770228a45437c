package org.readout.extract.header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.date.DateFinder;
import org.readout.extract.date.DateMention;

/**
 * Full dates as page headers, bylines, date widgets and credits write them, in any order of day, month and
 * year: "21.12.2022", "25-12-2024 13:20", "2024/5/14", "2026-02-10T11:40", "17-Jan-06", "May 4. 2018",
 * "23 - January 2016", "2019年10月23日", "平成29年4月28日", and the English forms the story's date finder reads.
 * Numbers separated by dots or hyphens are read day first; by slashes, month first (as American pages write
 * them) unless the first cannot be a month.
 */
final class HeaderDates {
    /** A dated stretch of text. */
    record Found(LocalDate date, int start, int end) {
    }

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String MONTH_NAME = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\\.?";
    private static final Pattern YEAR_FIRST = Pattern.compile("\\b" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?=T|\\b)");
    private static final Pattern YEAR_LAST = Pattern.compile("\\b(\\d{1,2})([-/.])(\\d{1,2})\\2" + YEAR + "\\b");
    private static final Pattern SHORT_YEAR = Pattern.compile("\\b(\\d{1,2})-" + MONTH_NAME + "-(\\d{2})\\b");
    private static final Pattern MONTH_DOT_DAY = Pattern.compile("\\b" + MONTH_NAME + "\\s(\\d{1,2})[./]\\s?" + YEAR + "\\b");
    private static final Pattern DAY_DASH_MONTH = Pattern.compile("\\b(\\d{1,2})\\s?-\\s?" + MONTH_NAME + "\\s" + YEAR + "\\b");
    private static final Pattern HAN = Pattern.compile(YEAR + "\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]");
    private static final Pattern JAPANESE_ERA = Pattern.compile("(令和|平成|昭和)\\s?(元|\\d{1,2})\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日");
    private static final Map<String, Integer> ERA_YEAR_ZERO = Map.of("令和", 2018, "平成", 1988, "昭和", 1925);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private final DateFinder dateFinder = new DateFinder();

    /** The full dates in the text, in text order; a stretch read by one form is not read again by another. */
    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = JAPANESE_ERA.matcher(text);
        while (m.find()) {
            int year = ERA_YEAR_ZERO.get(m.group(1)) + ("元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2)));
            add(found, m, year, number(m, 3), number(m, 4));
        }
        m = HAN.matcher(text);
        while (m.find()) {
            add(found, m, number(m, 1), number(m, 2), number(m, 3));
        }
        m = YEAR_FIRST.matcher(text);
        while (m.find()) {
            add(found, m, number(m, 1), number(m, 3), number(m, 4));
        }
        m = YEAR_LAST.matcher(text);
        while (m.find()) {
            int a = number(m, 1);
            int b = number(m, 3);
            boolean dayFirst = !"/".equals(m.group(2)) || a > 12;
            add(found, m, number(m, 4), dayFirst ? b : a, dayFirst ? a : b);
        }
        m = SHORT_YEAR.matcher(text);
        while (m.find()) {
            add(found, m, 2000 + number(m, 3), month(m.group(2)), number(m, 1));
        }
        m = MONTH_DOT_DAY.matcher(text);
        while (m.find()) {
            add(found, m, number(m, 3), month(m.group(1)), number(m, 2));
        }
        m = DAY_DASH_MONTH.matcher(text);
        while (m.find()) {
            add(found, m, number(m, 3), month(m.group(2)), number(m, 1));
        }
        for (DateMention d : dateFinder.find(text, 0)) {
            if (d.isComplete()) {
                addIfFree(found, d.year(), d.month(), d.day(), d.span().start(), d.span().end());
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static void add(List<Found> found, Matcher m, int year, int month, int day) {
        addIfFree(found, year, month, day, m.start(), m.end());
    }

    private static void addIfFree(List<Found> found, int year, int month, int day, int start, int end) {
        if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
            return;
        }
        try {
            found.add(new Found(LocalDate.of(year, month, day), start, end));
        } catch (DateTimeException e) {
            // Not a day of the calendar ("31.02.2020"): not a date.
        }
    }
}
