package org.readout.extract.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.City;
import org.readout.extract.knowledge.Country;
import org.readout.extract.knowledge.Knowledge;
import org.readout.model.Location;

/**
 * Reads where a sentence places an interaction: "in Hanoi", "at State House, Nairobi",
 * "in Chongqing, China", "in south China's Guangxi Zhuang Autonomous Region", "here".
 */
final class PlaceFinder {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s\\s+(.+)$");
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|at)\\s+(?:(?:the\\s+)?(?:south|north|east|west|southwest|northwest|southeast|northeast|central)(?:ern)?\\s+)?"
            + "(?<phrase>" + WORD + "(?:[\\s-]+" + WORD + "){0,4})(?:,\\s+(?:the\\s+)?(?<after>" + WORD + "(?:\\s+" + WORD + "){0,2}))?");
    private static final Pattern REGION_WORDS = Pattern.compile("(?i)\\b(?:region|province|prefecture|state|territory|oblast|county)$");
    private static final Pattern HERE = Pattern.compile("(?i)\\bhere\\b");

    private final Knowledge knowledge;

    PlaceFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The first place the sentence names; {@code preferred} are countries to favour among same-named cities. */
    Optional<Location> find(String sentence, Collection<String> preferred, City datelineCity) {
        Matcher m = PLACE.matcher(sentence);
        Location countryOnly = null;
        while (m.find()) {
            Optional<Location> city = city(m.group("phrase"), m.group("after"), preferred);
            if (city.isPresent()) {
                return city;
            }
            Optional<Location> region = region(m.group("phrase"), datelineCity);
            if (region.isPresent()) {
                return region;
            }
            if (countryOnly == null) {
                countryOnly = knowledge.countries().byName(m.group("phrase")).map(c -> new Location(null, null, c.alpha3())).orElse(null);
            }
        }
        if (countryOnly == null && datelineCity != null && HERE.matcher(sentence).find()) {
            return Optional.of(new Location(datelineCity.name(), null, datelineCity.country()));
        }
        return Optional.ofNullable(countryOnly);
    }

    private Optional<Location> city(String phrase, String after, Collection<String> preferred) {
        String afterCountry = after == null ? null
                : knowledge.countries().byName(after).map(Country::alpha3).orElse(null);
        String[] words = WHITESPACE.split(phrase);
        for (int n = words.length; n >= 1; n--) {
            String candidate = POSSESSIVE_END.matcher(String.join(" ", java.util.Arrays.copyOf(words, n))).replaceFirst("");
            List<City> cities = knowledge.gazetteer().lookup(candidate);
            if (!cities.isEmpty() && knowledge.countries().byName(candidate).isEmpty()) {
                return Optional.of(pick(cities, afterCountry, preferred));
            }
        }
        if (after != null && afterCountry == null) {
            List<City> cities = knowledge.gazetteer().lookup(after);
            if (!cities.isEmpty()) {
                return Optional.of(pick(cities, null, preferred));
            }
        }
        return Optional.empty();
    }

    private static Location pick(List<City> cities, String country, Collection<String> preferred) {
        City city = cities.stream().filter(c -> c.country().equals(country)).findFirst()
                .or(() -> cities.stream().filter(c -> preferred.contains(c.country())).findFirst())
                .orElse(cities.get(0));
        return new Location(city.name(), null, city.country());
    }

    // "China's Guangxi Zhuang Autonomous Region": the region, and the dateline's city when it lies in that country.
    private Optional<Location> region(String phrase, City datelineCity) {
        Matcher possessive = POSSESSIVE.matcher(phrase);
        if (!possessive.find() || !REGION_WORDS.matcher(possessive.group(2)).find()) {
            return Optional.empty();
        }
        Optional<Country> country = knowledge.countries().byName(possessive.group(1));
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String code = country.get().alpha3();
        boolean cityInside = datelineCity != null && datelineCity.country().equals(code);
        return Optional.of(new Location(cityInside ? datelineCity.name() : null, possessive.group(2), code));
    }
}
