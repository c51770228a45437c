package org.readout.extract.event;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.City;
import org.readout.extract.knowledge.Country;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.text.Whitespace;
import org.readout.model.Location;

/**
 * Reads where a sentence places an interaction: "in Hanoi", "at State House, Nairobi",
 * "in Chongqing, China", "in Bali (Indonesia)", "in the capital Nairobi", "in the western
 * Siberian city of Tomsk", "on a visit to Miami", "in south China's Guangxi Zhuang Autonomous
 * Region", "here". A place that is what the sentence speaks about ("the war in Ukraine") or
 * names a building ("at the Hyderabad House") is not where anyone met.
 */
final class PlaceFinder {
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s\\s+(.+)$");
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*+";
    private static final String NAME = WORD + "(?:[\\s-]+" + WORD + "){0,4}";
    private static final String DIRECTION = "(?:south|north|east|west|southwest|northwest|southeast|northeast|central)(?:ern)?";
    // "the US capital Washington", "the southwestern Chinese city of Chengdu", "the Saudi capital, Riyadh"
    private static final String KIND_OF_PLACE = "(?:[\\p{L}-]++\\s+){0,3}?(?:capital|city|town|port|resort)(?:\\s+of)?,?\\s+";
    private static final String TARGET = "(?:the\\s+)?(?:" + DIRECTION + "\\s+|" + KIND_OF_PLACE + ")?"
            + "(?<phrase>" + NAME + ")(?:,\\s+(?:the\\s+)?(?<after>" + WORD + "(?:\\s+" + WORD + "){0,2})"
            + "|\\s*[(\\[](?<paren>" + WORD + "(?:\\s+" + WORD + "){0,2})[)\\]])?";
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:(?i:in|at)|(?<!\\bto\\s|\\bwill\\s)(?:visit|visits|visited|visiting|trip|travel(?:l?ed)?|journey|tour)(?:\\s+to)?)\\s+"
            + TARGET);
    private static final Pattern LEADING_PLACE = Pattern.compile("\\s*+" + TARGET);
    private static final Pattern REGION_WORDS = Pattern.compile("(?i)\\b(?:region|province|prefecture|state|territory|oblast|county)$");
    private static final Pattern HERE = Pattern.compile("(?i)\\bhere\\b");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
    /** "talked about Zelenskiy's visit to the United States": a visit spoken of. */
    private static final Pattern SPOKEN_OF = Pattern.compile(
            "(?i)\\b(?:about|discuss(?:ed|ing)?|regarding|concerning)\\s+(?:[\\p{L}'’-]+\\s+){0,3}$");
    /** Nouns whose "in X" is what is talked about, not where: "the situation in Gaza". */
    private static final Set<String> TOPICS = Set.of("situation", "war", "wars", "conflict", "conflicts", "crisis",
            "peace", "stability", "security", "developments", "tensions", "violence", "ceasefire", "hostilities",
            "fighting", "elections", "election", "investment", "investments", "interests", "presence", "attack",
            "attacks", "refugees", "operations", "escalation", "events", "invasion", "aggression", "projects",
            "role", "influence", "crimes", "terrorism", "democracy", "reconstruction", "government", "agreement", "process",
            // an institution "in X" is where it sits, not where people met: "the Foreign Ministry in Tokyo"
            "ministry", "embassy", "office", "officials", "official", "sources", "correspondent", "spokesperson",
            "spokesman", "bureau", "headquarters", "mission", "consulate", "based");
    /** How far before a place a plan word makes it the place of a meeting to come: "preparations for the summit in Rio". */
    private static final int PLAN_REACH = 40;
    private static final Pattern LATER = Pattern.compile("(?i)^[^.,;]{0,30}?\\b(?:tomorrow|next (?:week|month|year)|later this)\\b");
    /** Words that may follow a city's name without making a longer name of it: "in Hanoi Friday". */
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "on", "and", "last", "this", "today", "yesterday");
    /** Below this a city abroad that neither side nor the dateline is in is more likely a namesake. */
    private static final long MINOR_CITY = 100_000;
    private static final long NAMESAKE_RATIO = 5;
    private static final long PROMINENT_POPULATION = 1_000_000;
    /** Seats of first-order divisions and islands (GeoNames feature codes). */
    private static final Set<String> PROMINENT_FEATURES = Set.of("PPLA", "ISL");

    private final Knowledge knowledge;

    PlaceFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * The first place the sentence names, a city before a country or region.
     *
     * @param preferred countries to favour among same-named cities (the participants')
     */
    Optional<Location> find(String sentence, Collection<String> preferred, City datelineCity) {
        Matcher m = PLACE.matcher(sentence);
        Location countryOnly = null;
        while (m.find()) {
            if (aboutTopic(sentence, m.start()) || planned(sentence, m)) {
                continue;
            }
            Optional<Location> place = read(m, preferred, datelineCity);
            if (place.isPresent()) {
                return place;
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

    /** The place named at {@code from}, right after a word that leads to it ("welcomed him to", "the sidelines of"). */
    Optional<Location> at(String sentence, int from, Collection<String> preferred, City datelineCity) {
        Matcher m = LEADING_PLACE.matcher(sentence).region(from, sentence.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return read(m, preferred, datelineCity);
    }

    private Optional<Location> read(Matcher m, Collection<String> preferred, City datelineCity) {
        String phrase = m.group("phrase");
        String after = m.group("after") != null ? m.group("after") : m.group("paren");
        return city(phrase, after, preferred, datelineCity).or(() -> region(phrase, datelineCity));
    }

    private static boolean aboutTopic(String sentence, int at) {
        Matcher before = WORD_BEFORE.matcher(sentence).region(Math.max(0, at - 20), at);
        return before.find() && TOPICS.contains(before.group(1).toLowerCase(Locale.ROOT)) || spokenOf(sentence, at);
    }

    private static boolean planned(String sentence, Matcher place) {
        return OtherTime.plannedBefore(sentence, place.start(), PLAN_REACH)
                || LATER.matcher(sentence).region(place.end(), sentence.length()).find();
    }

    /** Whether what starts at {@code at} is what people talked about: "talked about Zelenskiy's visit to ...". */
    static boolean spokenOf(String sentence, int at) {
        return SPOKEN_OF.matcher(sentence).region(Math.max(0, at - 50), at).find();
    }

    private Optional<Location> city(String phrase, String after, Collection<String> preferred, City datelineCity) {
        String afterCountry = after == null ? null
                : knowledge.countries().byName(after).map(Country::alpha3).orElse(null);
        String[] words = Whitespace.RUNS.split(phrase);
        for (int n = words.length; n >= 1; n--) {
            String candidate = POSSESSIVE_END.matcher(String.join(" ", Arrays.copyOf(words, n))).replaceFirst("");
            List<City> cities = knowledge.gazetteer().lookup(candidate);
            Optional<Country> country = knowledge.countries().byName(candidate);
            if (country.isPresent()) {
                // A city state: "in Singapore" is the city as well.
                String code = country.get().alpha3();
                Optional<City> capital = cities.stream().filter(c -> c.isCapital() && c.country().equals(code)).findFirst();
                if (capital.isPresent()) {
                    return Optional.of(location(capital.get()));
                }
            } else if (!cities.isEmpty()) {
                if (n < words.length && !POSSESSIVE_END.matcher(words[n - 1]).find()
                        && !DATE_WORDS.contains(words[n].toLowerCase(Locale.ROOT))) {
                    // "the Hyderabad House", "the Shanghai Cooperation Organisation": a name that starts with a city's.
                    return Optional.empty();
                }
                if (afterCountry != null) {
                    String named = afterCountry;
                    // "Bali (Indonesia)", "Geneva, Switzerland": the text knows better than a namesake elsewhere.
                    return Optional.of(cities.stream().filter(c -> c.country().equals(named)).findFirst()
                            .map(PlaceFinder::location).orElse(new Location(candidate, null, named)));
                }
                return pick(cities, preferred, datelineCity);
            }
        }
        if (afterCountry != null && words.length <= 2 && knowledge.countries().byName(phrase).isEmpty()) {
            // "in Bali (Indonesia)": a place the gazetteer does not know, in the country the text names.
            return Optional.of(new Location(phrase, null, afterCountry));
        }
        if (after != null && afterCountry == null) {
            List<City> cities = knowledge.gazetteer().lookup(after);
            if (!cities.isEmpty()) {
                return pick(cities, preferred, datelineCity);
            }
        }
        return Optional.empty();
    }

    private static Optional<Location> pick(List<City> cities, Collection<String> preferred, City datelineCity) {
        City largest = cities.get(0); // the gazetteer lists the most populous first
        // a side's namesake town gives way to a prominent place five times its size: Bali the island, not Bali in
        // India; Geneva in Switzerland, not in New York
        boolean prominent = largest.isCapital() || PROMINENT_FEATURES.contains(largest.feature())
                || largest.population() >= PROMINENT_POPULATION;
        City city = cities.stream().filter(c -> preferred.contains(c.country()))
                .filter(c -> !prominent || c.population() * NAMESAKE_RATIO >= largest.population()).findFirst().orElse(largest);
        boolean nearby = preferred.contains(city.country()) || datelineCity != null && datelineCity.country().equals(city.country());
        if (!nearby && city.population() < MINOR_CITY && !city.isCapital() && !"PPLA".equals(city.feature())) {
            return Optional.empty();
        }
        return Optional.of(location(city));
    }

    private static Location location(City city) {
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
