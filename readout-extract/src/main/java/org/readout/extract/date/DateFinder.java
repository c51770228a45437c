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
    private static final Pattern MONTH_NEXT = Pattern.compile("\\s+" + MONTH + "\\s+\\d");
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/" + YEAR + "\\b");
    // A look-ahead for the first letters spares the word-boundary test and the alternation at most places.
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?=[ADFJMNOS])\\b" + MONTH + "\\s+" + DAY + "\\b(?:(?:,\\s*|\\s+)" + YEAR + "\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + "\\b)?");
    // "last Friday" is a Friday before the day of writing; "next Friday" is still to come, no date of a past meeting.
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i:\\b(last|next|coming)\\s+)?(?=[FMSTW])\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    // A weekday before a capitalised word is part of a name ("the Sunday Times", "Monday Kariuki") unless a
    // preposition or "last" says it is a day.
    private static final Pattern NAME_NEXT = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");
    private static final Pattern DAY_BEFORE = Pattern.compile("(?i)\\b(?:on|last|this|since|until|by|from|late|early)\\s+$");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?=[eltyv])\\b(today|this morning|this afternoon|this evening|tonight|yesterday|earlier today|last night|last evening)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Every date expression in {@code text}; offsets are shifted by {@code offset}. */
    public List<DateMention> find(String text, int offset) {
        return find(text, offset, false);
    }

    /** The full dates (day, month and year) in {@code text}: what a whole page is searched for, cheaply. */
    public List<DateMention> fullDates(String text) {
        return find(text, 0, true).stream().filter(DateMention::isComplete).toList();
    }

    private List<DateMention> find(String text, int offset, boolean fullOnly) {
        if (!mayHoldDate(text)) {
            return List.of();
        }
        List<DateMention> found = new ArrayList<>();
        // Every pattern but the weekdays' and the relative words' needs a digit; the numeric ones also their separator.
        boolean digit = hasDigit(text);
        boolean iso = digit && text.indexOf('-') >= 0;
        boolean slashed = digit && text.indexOf('/') >= 0;
        Matcher m = ISO.matcher(text);
        while (iso && m.find()) {
            add(found, offset, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = SLASHED.matcher(text);
        while (slashed && m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            // Month first, as US-style pages write it, unless the first number cannot be a month.
            boolean dayFirst = a > 12;
            add(found, offset, m, Integer.parseInt(m.group(3)), dayFirst ? b : a, dayFirst ? a : b);
        }
        m = MONTH_DAY.matcher(text);
        while (digit && m.find()) {
            add(found, offset, m, m.group(3) == null ? null : Integer.parseInt(m.group(3)), month(m.group(1)),
                    Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH.matcher(text);
        while (digit && m.find()) {
            add(found, offset, m, m.group(3) == null ? null : Integer.parseInt(m.group(3)), month(m.group(2)),
                    Integer.parseInt(m.group(1)));
        }
        if (fullOnly) {
            found.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
            return found;
        }
        boolean dayWord = text.contains("day");
        m = WEEKDAY.matcher(text);
        while (dayWord && m.find()) {
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (modifier.equals("next") || modifier.equals("coming") || modifier.isEmpty() && partOfName(text, m)) {
                continue;
            }
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            addIfFree(found, new DateMention(span(offset, m), null, null, null, weekday, modifier.equals("last") ? 1 : null));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            int before = word.equals("yesterday") || word.startsWith("last") ? 1 : 0;
            addIfFree(found, new DateMention(span(offset, m), null, null, null, null, before));
        }
        found.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        return found;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    // Every date has a digit or one of these words in it; most sentences have neither, and this is cheaper than the patterns.
    private static boolean mayHoldDate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            if ((c == 'd' || c == 'D') && text.regionMatches(true, i, "day", 0, 3)
                    || (c == 'n' || c == 'N') && text.regionMatches(true, i, "night", 0, 5)
                    || (c == 'm' || c == 'M') && text.regionMatches(true, i, "morning", 0, 7)
                    || (c == 'a' || c == 'A') && text.regionMatches(true, i, "afternoon", 0, 9)
                    || (c == 'e' || c == 'E') && text.regionMatches(true, i, "evening", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfName(String text, Matcher weekday) {
        if (!next(NAME_NEXT, text, weekday.end()) || next(MONTH_NEXT, text, weekday.end())) {
            return false;
        }
        return !DAY_BEFORE.matcher(text.substring(Math.max(0, weekday.start() - 8), weekday.start())).find();
    }

    private static boolean next(Pattern p, String text, int at) {
        return p.matcher(text).region(at, text.length()).lookingAt();
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
