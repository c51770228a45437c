package org.readout.extract.multilingual;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.readout.extract.knowledge.KnowledgeException;

/**
 * Finds dates by a language pack's {@code date} patterns: regular expressions with named groups
 * {@code y}, {@code m}, {@code d} (numbers), {@code mw} (a month word), {@code wd} (a weekday),
 * {@code era} (a Japanese era before its year), {@code rel} (today, yesterday ...), in which
 * {@code {month}}, {@code {weekday}}, {@code {era}} and {@code {relative}} stand for the pack's words.
 * Arabic-Indic and full-width digits read as ASCII ones.
 */
final class DateReader {
    private static final List<String> GROUPS = List.of("y", "m", "d", "mw", "wd", "era", "rel");
    private final List<Pattern> patterns;
    private final ScriptFold fold;
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, Integer> eras = new HashMap<>();
    private final Map<String, Integer> relatives = new HashMap<>();

    DateReader(List<LanguagePack.Entry> entries, ScriptFold fold) {
        this.fold = fold;
        Map<String, List<String>> words = new HashMap<>();
        for (LanguagePack.Entry e : entries) {
            Map<String, Integer> target = switch (e.kind()) {
                case "month" -> months;
                case "weekday" -> weekdays;
                case "era" -> eras;
                case "relative" -> relatives;
                default -> null;
            };
            if (target != null) {
                target.put(fold.fold(e.text()), e.number());
                words.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.text());
            }
        }
        List<Pattern> compiled = new ArrayList<>();
        for (LanguagePack.Entry e : entries) {
            if (e.kind().equals("date")) {
                compiled.add(compile(e, words));
            }
        }
        patterns = List.copyOf(compiled);
    }

    private static Pattern compile(LanguagePack.Entry e, Map<String, List<String>> words) {
        String regex = e.text();
        for (String kind : List.of("month", "weekday", "era", "relative")) {
            regex = regex.replace("{" + kind + "}", alternation(words.getOrDefault(kind, List.of())));
        }
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException ex) {
            throw new KnowledgeException(e.file(), e.line(), "bad date pattern: " + ex.getDescription());
        }
    }

    // Longest words first, so that "周一" does not stop at a shorter word that begins it.
    private static String alternation(List<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Every date in the text, in order, none overlapping (the longest wins). */
    List<DateExpression> find(String text) {
        String digits = asciiDigits(text);
        List<DateExpression> all = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(digits);
            while (m.find()) {
                DateExpression d = read(m, digits);
                if (d != null) {
                    all.add(d);
                }
            }
        }
        all.sort(Comparator.comparingInt(DateExpression::start).thenComparing(d -> -(d.end() - d.start())));
        List<DateExpression> kept = new ArrayList<>();
        int end = -1;
        for (DateExpression d : all) {
            if (d.start() >= end) {
                kept.add(d);
                end = d.end();
            }
        }
        return kept;
    }

    private DateExpression read(Matcher m, String text) {
        Map<String, String> g = new HashMap<>();
        for (String name : GROUPS) {
            String value = group(m, name);
            if (value != null) {
                g.put(name, value);
            }
        }
        Integer year = number(g.get("y"));
        if (year != null && g.containsKey("era")) {
            year += eras.getOrDefault(fold.fold(g.get("era")), 0);
        } else if (year != null && year < 100) {
            year += 2000;
        }
        Integer month = g.containsKey("mw") ? months.get(fold.fold(g.get("mw"))) : number(g.get("m"));
        Integer day = number(g.get("d"));
        Integer weekday = g.containsKey("wd") ? weekdays.get(fold.fold(g.get("wd"))) : null;
        Integer relative = g.containsKey("rel") ? relatives.get(fold.fold(g.get("rel"))) : null;
        // a date that cannot exist ("31/2/2024") is a slip, not a date: it would fail every reader after
        if (month != null && (month < 1 || month > 12) || day != null && (day < 1 || day > 31)
                || month != null && day != null && day > longest(year, month)
                || month == null && day == null && weekday == null && relative == null) {
            return null;
        }
        return new DateExpression(m.start(), m.end(), year, month, day, weekday, relative);
    }

    private static int longest(Integer year, int month) {
        return year == null ? Month.of(month).maxLength() : YearMonth.of(year, month).lengthOfMonth();
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null; // this pattern has no such group
        }
    }

    private static Integer number(String s) {
        if (s == null) {
            return null;
        }
        return s.equals("元") ? Integer.valueOf(1) : Integer.valueOf(Integer.parseInt(s));
    }

    /** The text with every decimal digit as its ASCII digit; the same length, so offsets hold. */
    static String asciiDigits(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c > 0x7F && Character.isDigit(c)) {
                sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return sb.toString();
    }
}
