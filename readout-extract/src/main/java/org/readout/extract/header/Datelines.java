package org.readout.extract.header;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.date.DateFinder;
import org.readout.extract.date.DateMention;
import org.readout.extract.date.DateResolver;
import org.readout.extract.knowledge.City;
import org.readout.extract.knowledge.Country;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Whitespace;
import org.readout.model.Span;

/**
 * Reads datelines: a place, its region or country, a date, the agency, then a dash or colon, in the orders
 * outlets write them: "NANNING, April 5 (Xinhua) --", "Tampere [Finland], May 5 :", "TASHKENT. KAZINFORM –",
 * "New Delhi/UNI:", "HAVANA, Cuba.-", "MOSCOW, October 30. /TASS/.", "MOSCOW (UrduPoint News / Sputnik -
 * 09th September, 2020)", "Tokyo, Dec. 1 (Jiji Press)--", "MOSCOW Chancellor ...", and on a line of their own:
 * "AFP, Amman", "Tokyo, 17th June, 2009"; with the date first: "24 сентября, Минск /Корр. БЕЛТА/.". The dateline that opens a line of running text wins over one that
 * stands alone; a capitalised place in mid-line ("... Photo Lâm Khánh HÀ NỘI — Vietnamese ...") counts when
 * it is a known city.
 */
final class Datelines {
    /** Datelines are looked for in the page's first lines only. */
    private static final int HEADER_LINES = 25;
    /** A dateline that opens a story has this many words after it on its line. */
    private static final int STORY_WORDS = 6;
    private static final int STANDALONE_WORDS = 10;
    // A word of a place name, or an abbreviation in one ("St. Petersburg").
    private static final String WORD = "(?:\\p{Lu}\\p{Ll}{0,2}\\.|\\p{Lu}[\\p{L}\\p{M}'’]*+)";
    private static final String PLACE = "(?<place>" + WORD + "(?:[ -]" + WORD + "){0,3})";
    private static final String MONTH = "\\p{Lu}\\p{Ll}{2,8}+\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String DATE = "(?<date>" + MONTH + "\\s+" + DAY + "(?:,?\\s+\\d{4})?|" + DAY + "\\s+" + MONTH
            + "(?:,?\\s+\\d{4})?)";
    private static final String QUALIFIER = "(?<qualifier>\\p{Lu}[\\p{L}\\p{M}.]*+(?:\\s(?:of\\s|and\\s|the\\s)?\\p{Lu}[\\p{L}\\p{M}.]*+){0,4})";
    private static final String AGENCY = "(?:\\((?<agency>[^()]{2,80})\\)|/(?<slashed>[^/\\n]{2,40})/\\.?"
            + "|[,./]\\s?(?<caps>\\p{Lu}{2,}+(?:\\s\\p{Lu}{2,}+)?)(?=\\s|$|\\s?[-–—:]))";
    // Spaces before a part that cannot start with one are taken possessively: "By" and 20 KB of spaces took 4 s,
    // the two runs around the agency's comma splitting the spaces every way.
    private static final Pattern DATELINE = Pattern.compile(
            "(?:^|(?<=\\)))\\s*+(?:\\d{1,2}\\s\\p{Ll}{3,10}+,\\s)?" + PLACE
            + "(?<region>(?:\\s*+[(\\[][^()\\[\\]\\d]{2,30}[)\\]]){0,2})"
            + "(?:,\\s*+(?!" + MONTH + "\\s+\\d)" + QUALIFIER + ")?"
            + "(?:,?\\s*+" + DATE + "\\.?)?"
            + "(?:\\s*+,?\\s*+" + AGENCY + ")?"
            + "\\s*(?<dash>\\.?(?:--|[-–—―])|:)?"
            + "(?=\\s|$|(?<=[-–—―:])\\p{L})");
    // "AFP, Amman": the agency first, then the place, on a line of its own.
    private static final Pattern AGENCY_FIRST = Pattern.compile(
            "^\\s*(?<agency>\\p{Lu}[\\p{L}\\p{M}.]*+(?:\\s\\p{Lu}[\\p{L}\\p{M}.]*+){0,3}),\\s*" + PLACE + "\\s*$");
    // "MOSCOW Chancellor Angela Merkel said ...": a place in capitals needs no punctuation.
    private static final Pattern CAPITALS = Pattern.compile(
            "^\\s*+(?<place>\\p{Lu}{2,}+(?:[ -]\\p{Lu}{2,}+){0,3})\\s++(?=\\p{Lu}\\p{Ll})");
    private static final Pattern MID_LINE = Pattern.compile(
            "(?<=\\s)(?<place>\\p{Lu}{2,}+(?:[ -]\\p{Lu}{2,}+){0,3})\\s?(?<dash>--|[–—])\\s");
    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]]+");
    private static final Pattern LEADING_COMMA = Pattern.compile("^,\\s*");
    private static final Pattern STORY_START = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,30}(?:,[^,()]{2,25})?(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*(?:\\([^()]{2,60}\\)\\s*)?(--|–|—)\\s");

    private final Knowledge knowledge;
    private final DateFinder dates = new DateFinder();
    private final DateResolver resolver = new DateResolver();

    Datelines(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** True for a line that opens a story with a dateline ("BEIJING, June 26 (Xinhua) -- ..."). */
    static boolean startsStory(String line) {
        return STORY_START.matcher(line).find();
    }

    /** The dateline that opens the story among the first lines (each given with its offset in the text). */
    Optional<Dateline> find(List<String> lines, List<Integer> offsets, LocalDate published, Integer yearHint) {
        Dateline standalone = null;
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
            String line = lines.get(i);
            int offset = offsets.get(i);
            Optional<Dateline> found = atLineStart(line, offset, published, yearHint).or(() -> midLine(line, offset));
            if (found.isPresent()) {
                int rest = words(line.substring(found.get().span().end() - offset));
                if (rest >= STORY_WORDS) {
                    return found;
                }
                if (standalone == null && rest == 0) {
                    standalone = found.get();
                }
            }
        }
        return Optional.ofNullable(standalone);
    }

    private Optional<Dateline> atLineStart(String line, int offset, LocalDate published, Integer yearHint) {
        if (words(line) <= STANDALONE_WORDS) {
            Matcher m = AGENCY_FIRST.matcher(line);
            if (m.find() && knowledge.outlets().byName(m.group("agency")).isPresent()) {
                return place(m.group("place"), "", false).map(c -> new Dateline(c.city(), c.country(), null,
                        m.group("agency"), new Span(offset + m.start("agency"), offset + m.end())));
            }
        }
        Matcher m = DATELINE.matcher(line);
        while (m.find()) {
            Optional<Dateline> d = read(m, line, offset, published, yearHint);
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher c = CAPITALS.matcher(line);
        if (c.find()) {
            return place(c.group("place"), "", false).filter(p -> p.city() != null)
                    .map(p -> new Dateline(p.city(), p.country(), null, null, new Span(offset + c.start("place"), offset + c.end("place"))));
        }
        return Optional.empty();
    }

    private Optional<Dateline> midLine(String line, int offset) {
        Matcher m = MID_LINE.matcher(line);
        while (m.find()) {
            Optional<City> city = knowledge.gazetteer().lookup(m.group("place")).stream().findFirst();
            if (city.isPresent() && !Fold.key(m.group("place")).isEmpty()) {
                return Optional.of(new Dateline(city.get(), city.get().country(), null, null,
                        new Span(offset + m.start(), offset + m.end("dash"))));
            }
        }
        return Optional.empty();
    }

    private Optional<Dateline> read(Matcher m, String line, int offset, LocalDate published, Integer yearHint) {
        String agency = agency(m);
        String region = "";
        // "Panaji (Goa) [India]" are places; "Hanoi (VNA)" is the agency.
        for (String part : BRACKETS.split(m.group("region"))) {
            if (!part.isBlank() && agency == null && knowledge.outlets().byName(part.strip()).isPresent()) {
                agency = part.strip();
            } else if (!part.isBlank()) {
                region = (region + " " + part).strip();
            }
        }
        boolean hasDate = m.group("date") != null;
        boolean hasDash = m.group("dash") != null;
        String qualifier = m.group("qualifier") == null ? "" : LEADING_COMMA.matcher(m.group("qualifier")).replaceFirst("");
        // A line of its own needs no punctuation: "Tokyo, 17th June, 2009", "San Francisco, United States of America".
        boolean wholeLine = line.substring(m.end()).isBlank() && (hasDate || agency != null || !qualifier.isEmpty());
        if (!hasDate && agency == null && !hasDash && !wholeLine) {
            return Optional.empty();
        }
        Optional<Placed> placed = place(m.group("place"), qualifier.isEmpty() ? region : qualifier, !qualifier.isEmpty());
        if (placed.isEmpty() && (agency == null || knowledge.outlets().byName(firstOutletName(agency)).isEmpty())) {
            return Optional.empty();
        }
        LocalDate date = null;
        if (hasDate) {
            List<DateMention> found = dates.find(m.group("date"), 0);
            if (!found.isEmpty()) {
                date = resolver.resolve(found.get(0), published, yearHint).orElse(null);
            }
        }
        int start = m.start("place");
        return Optional.of(new Dateline(placed.map(Placed::city).orElse(null), placed.map(Placed::country).orElse(null),
                date, agency, new Span(offset + start, offset + m.end())));
    }

    private static String agency(Matcher m) {
        String a = m.group("agency") != null ? m.group("agency") : m.group("slashed") != null ? m.group("slashed") : m.group("caps");
        return a == null || a.startsWith("Photo") ? null : a.strip();
    }

    private static String firstOutletName(String agency) {
        return agency.split("\\s*(?:/|\\s-\\s|,)\\s*")[0];
    }

    /** A place the gazetteer or the country list knows; a name whose letters all fold away is none. */
    private record Placed(City city, String country) {
    }

    private Optional<Placed> place(String place, String qualifier, boolean commaQualifier) {
        if (Fold.key(place).isEmpty()) {
            return Optional.empty();
        }
        Optional<Country> qualifierCountry = qualifier.isEmpty() ? Optional.empty() : knowledge.countries().byAnyForm(qualifier);
        List<City> withQualifier = commaQualifier ? knowledge.gazetteer().lookup(place + ", " + qualifier) : List.of();
        List<City> found = withQualifier.isEmpty() ? knowledge.gazetteer().lookup(place) : withQualifier;
        String wanted = qualifierCountry.map(Country::alpha3).orElse(null);
        Optional<City> city = found.stream().filter(c -> c.country().equals(wanted)).findFirst()
                .or(() -> found.stream().findFirst());
        if (city.isPresent()) {
            return Optional.of(new Placed(city.get(), city.get().country()));
        }
        return knowledge.countries().byAnyForm(place).map(c -> new Placed(null, c.alpha3()));
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : Whitespace.RUNS.split(t).length;
    }
}
