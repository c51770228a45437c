package org.readout.extract.date;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.model.Span;

/** Finds date expressions in text: "July 13, 2023", "13 July 2023", "Nov. 27", "2023-07-13", "on Thursday", "today". */
public final class DateFinder {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/" + YEAR + "\\b");
    // A look-ahead for the first letters spares the word-boundary test and the alternation at most places.
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?=[ADFJMNOS])\\b" + MONTH + "\\s+" + DAY + "\\b(?:(?:,\\s*|\\s+)" + YEAR + "\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + "\\b)?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?=[FMSTW])\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?=[ety])\\b(today|this morning|this afternoon|this evening|tonight|yesterday|earlier today)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Every date expression in {@code text}; offsets are shifted by {@code offset}. */
    public List<DateMention> find(String text, int offset) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(found, offset, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            // Month first, as US-style pages write it, unless the first number cannot be a month.
            boolean dayFirst = a > 12;
            add(found, offset, m, Integer.parseInt(m.group(3)), dayFirst ? b : a, dayFirst ? a : b);
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(found, offset, m, m.group(3) == null ? null : Integer.parseInt(m.group(3)), month(m.group(1)),
                    Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(found, offset, m, m.group(3) == null ? null : Integer.parseInt(m.group(3)), month(m.group(2)),
                    Integer.parseInt(m.group(1)));
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            addIfFree(found, new DateMention(span(offset, m), null, null, null, weekday, null));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            int before = m.group(1).equalsIgnoreCase("yesterday") ? 1 : 0;
            addIfFree(found, new DateMention(span(offset, m), null, null, null, null, before));
        }
        found.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        return found;
    }

    private static Integer month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static Span span(int offset, Matcher m) {
        return new Span(offset + m.start(), offset + m.end());
    }

    private static void add(List<DateMention> found, int offset, Matcher m, Integer year, Integer month, int day) {
        // a date that cannot exist ("31 February 2024") is a slip, not a date: it would fail every reader after
        if (month == null || month < 1 || month > 12 || day < 1
                || day > (year == null ? Month.of(month).maxLength() : YearMonth.of(year, month).lengthOfMonth())) {
            return;
        }
        addIfFree(found, new DateMention(span(offset, m), year, month, day, null, null));
    }

    // The first pattern to claim a stretch of text keeps it: "2023-07-13" is not also "07-13".
    private static void addIfFree(List<DateMention> found, DateMention mention) {
        boolean overlaps = found.stream().anyMatch(d ->
                d.span().start() < mention.span().end() && mention.span().start() < d.span().end());
        if (!overlaps) {
            found.add(mention);
        }
    }
}
