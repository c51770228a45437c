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
import org.readout.model.Span;

/**
 * Reads datelines: a place, optionally its country, optionally a date, optionally the agency in
 * brackets, then a dash or colon. "NANNING, April 5 (Xinhua) --", "HÀ NỘI —", "Washington:",
 * "MOSCOW (UrduPoint News / Sputnik - 09th September, 2020)".
 */
final class Datelines {
    private static final Pattern LEADING_COMMA = Pattern.compile("^,\\s*");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?\\s+\\d";
    private static final Pattern DATELINE = Pattern.compile(
            "(?:^|(?<=\\)))\\s*(?<place>\\p{Lu}[\\p{L}\\p{M}.'’]*(?:[ -]\\p{Lu}[\\p{L}\\p{M}.'’]*){0,3})"
            + "(?<qualifier>(?:,\\s*(?!" + MONTH + ")\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.]*)?)?)"
            + "(?<date>,?\\s*(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}))?"
            + "\\s*(?:\\((?<agency>[^()]{2,80})\\))?"
            + "\\s*(?<dash>--|–|—|-|:)?(?=\\s)");
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

    /** The first dateline among the lines (each given with its offset in the text). */
    Optional<Dateline> find(List<String> lines, List<Integer> offsets, LocalDate published, Integer yearHint) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DATELINE.matcher(lines.get(i));
            while (m.find()) {
                Optional<Dateline> d = read(m, offsets.get(i), published, yearHint);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Dateline> read(Matcher m, int offset, LocalDate published, Integer yearHint) {
        boolean hasDate = m.group("date") != null;
        boolean hasAgency = m.group("agency") != null && !m.group("agency").startsWith("Photo");
        boolean hasDash = m.group("dash") != null;
        if (!hasDate && !hasAgency && !hasDash) {
            return Optional.empty();
        }
        String qualifier = LEADING_COMMA.matcher(m.group("qualifier")).replaceFirst("");
        Optional<Country> qualifierCountry = knowledge.countries().byAnyForm(qualifier);
        Optional<City> city = city(m.group("place"), qualifier, qualifierCountry.map(Country::alpha3).orElse(null));
        Optional<Country> country = city.isPresent()
                ? knowledge.countries().byCode(city.get().country())
                : knowledge.countries().byAnyForm(m.group("place"));
        if (city.isEmpty() && country.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = null;
        if (hasDate) {
            List<DateMention> found = dates.find(m.group("date"), 0);
            if (!found.isEmpty()) {
                date = resolver.resolve(found.get(0), published, yearHint).orElse(null);
            }
        }
        return Optional.of(new Dateline(city.orElse(null), country.map(Country::alpha3).orElse(null), date,
                hasAgency ? m.group("agency") : null, new Span(offset + m.start(), offset + m.end())));
    }

    private Optional<City> city(String place, String qualifier, String qualifierCountry) {
        List<City> withQualifier = qualifier.isEmpty() ? List.of() : knowledge.gazetteer().lookup(place + ", " + qualifier);
        if (!withQualifier.isEmpty()) {
            return Optional.of(withQualifier.get(0));
        }
        List<City> found = knowledge.gazetteer().lookup(place);
        return found.stream().filter(c -> c.country().equals(qualifierCountry)).findFirst()
                .or(() -> found.stream().findFirst());
    }
}
