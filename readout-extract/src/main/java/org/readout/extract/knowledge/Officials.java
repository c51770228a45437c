package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readout.extract.text.Fold;

/**
 * Office-holders by every spelling of their name, and by state and office, year by year.
 * A person is a name and a state: the rows of one person share their spellings, so a variant
 * written on one row finds all of that person's offices. {@link #lookup} takes a spelling as written;
 * the methods that resolve a name ({@link #countryOf}, {@link #canonical}, {@link #closest}) also try
 * it without the honorifics before it ("H.E. Dr S. Jaishankar"), then without courtesy titles too
 * ("Sheikh Mohamed bin Zayed"; "Sheikh Hasina" is found whole first).
 */
public final class Officials {
    private final List<Official> all;
    private final Offices offices;
    private final Titles titles;
    private final Map<String, List<Official>> byName = new HashMap<>();
    private final Map<String, List<Official>> byCountry = new HashMap<>();
    /** By the last word of every spelling: "meloni", "saied". */
    private final Map<String, List<Official>> bySurname = new HashMap<>();
    /** By identity: a record's hash walks all its fields, and every official asked about is one of {@link #all}. */
    private final Map<Official, Office> officeOf = new java.util.IdentityHashMap<>();
    /** Every spelling's key of each person (name and state), the file's name first. */
    private final Map<String, List<String>> spellings = new HashMap<>();
    /** The first word of every spelling's key. */
    private final Set<String> firstWords = new HashSet<>();
    private final int longestNameWords;

    Officials(List<Official> officials, Offices offices, Titles titles) {
        this.all = List.copyOf(officials);
        this.offices = offices;
        this.titles = titles;
        Map<String, Set<String>> keysOf = new LinkedHashMap<>();
        Map<String, List<Official>> rowsOf = new LinkedHashMap<>();
        for (Official o : all) {
            Set<String> keys = keysOf.computeIfAbsent(person(o), p -> new LinkedHashSet<>());
            keys.add(Fold.key(o.name()));
            o.variants().forEach(v -> keys.add(Fold.key(v)));
            rowsOf.computeIfAbsent(person(o), p -> new ArrayList<>()).add(o);
            byCountry.computeIfAbsent(o.country(), c -> new ArrayList<>()).add(o);
            officeOf.put(o, offices.canonical(o.office(), o.country()).orElse(new Office(o.office(), Office.Level.OFFICIAL)));
        }
        int longest = 1;
        for (Map.Entry<String, Set<String>> person : keysOf.entrySet()) {
            person.getValue().remove("");
            spellings.put(person.getKey(), List.copyOf(person.getValue()));
            for (String key : person.getValue()) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).addAll(rowsOf.get(person.getKey()));
                bySurname.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new ArrayList<>())
                        .addAll(rowsOf.get(person.getKey()));
                firstWords.add(firstWord(key));
                longest = Math.max(longest, key.split(" ").length);
            }
        }
        longestNameWords = longest;
    }

    static Officials from(Table table, Offices offices, Titles titles) {
        return new Officials(table.rows().stream().map(r -> new Official(
                r.get("name"), r.get("country"), r.get("office"), r.integer("from"), r.integer("to"),
                r.list("variants"))).toList(), offices, titles);
    }

    private static String person(Official o) {
        return o.name() + "\t" + o.country();
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** False when no spelling of a name can begin with this word, so that no longer text starting with it need be looked up. */
    public boolean mayBegin(String word) {
        String first = firstWord(Fold.key(word));
        return first.isEmpty() || firstWords.contains(first);
    }

    /** Whether the word (any case) ends some spelling of an official's name: no name is known without its last word. */
    public boolean mayEndName(String word) {
        String key = Fold.key(word);
        return !key.isEmpty() && bySurname.containsKey(key);
    }

    /** Every office held by the person of that name (any spelling), in any year. */
    public List<Official> lookup(String name) {
        return lookup(name, null);
    }

    /** The offices held in that year by the person of that spelling; {@code year} null: any year. */
    public List<Official> lookup(String name, Integer year) {
        List<Official> rows = byName.getOrDefault(Fold.key(name), List.of());
        return year == null ? rows : rows.stream().filter(o -> o.heldIn(year)).toList();
    }

    /** The rows of the person of that name, written with or without honorifics. */
    private List<Official> rows(String name) {
        List<Official> rows = byName.get(Fold.key(name));
        if (rows == null && name != null) {
            rows = byName.get(Fold.key(titles.withoutHonorifics(name, false)));
            if (rows == null) {
                rows = byName.get(Fold.key(titles.withoutHonorifics(name, true)));
            }
        }
        return rows == null ? List.of() : rows;
    }

    /** The person's country: unambiguous when all their offices are of one state. */
    public Optional<String> countryOf(String name) {
        return countryOf(name, null);
    }

    /**
     * The state of the person of that name in that year: of the people so named, those in office
     * that year, else those nearest to it in time; empty when they serve different states.
     */
    public Optional<String> countryOf(String name, Integer year) {
        List<String> countries = nearest(rows(name), year).stream().map(Official::country).distinct().toList();
        return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
    }

    /** The person's name as the file spells it. */
    public Optional<String> canonicalName(String name) {
        return canonical(name, null);
    }

    /**
     * The file's spelling of the person of that name ("Kono Taro" is "Taro Kono"), choosing by
     * year as {@link #countryOf(String, Integer)} does; empty when two people fit equally.
     */
    public Optional<String> canonical(String name, Integer year) {
        List<String> names = nearest(rows(name), year).stream().map(Official::name).distinct().toList();
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    /** The rows of the people in office in that year, else of those whose offices come nearest to it. */
    private static List<Official> nearest(List<Official> rows, Integer year) {
        if (year == null || rows.size() < 2) {
            return rows;
        }
        int best = rows.stream().mapToInt(o -> distance(o, year)).min().orElse(0);
        Set<String> people = new HashSet<>();
        rows.stream().filter(o -> distance(o, year) == best).forEach(o -> people.add(person(o)));
        return rows.stream().filter(o -> people.contains(person(o))).toList();
    }

    private static int distance(Official o, int year) {
        if (o.heldIn(year)) {
            return 0;
        }
        return o.from() != null && year < o.from() ? o.from() - year : o.to() == null ? 0 : year - o.to();
    }

    /** The canonical office of a row: its office read in its state. */
    public Office officeOf(Official official) {
        Office office = officeOf.get(official);
        return office != null ? office
                : offices.canonical(official.office(), official.country()).orElse(new Office(official.office(), Office.Level.OFFICIAL));
    }

    /**
     * Who held that office of that state in that year ({@code year} null: ever), one row per person,
     * in file order: {@code holders("KAZ", "President", 2019)} gives Nazarbayev and Tokayev. The office
     * is any title phrase {@link Offices} reads in that state ("Secretary of State", "Foreign Minister").
     */
    public List<Official> holders(String country, String office, Integer year) {
        Optional<Office> wanted = offices.canonical(office, country);
        String name = wanted.map(Office::name).orElse(office);
        return holders(country, year, o -> officeOf(o).name().equals(name) || o.office().equalsIgnoreCase(office));
    }

    /** Who held an office of that level in that state and year: {@code Level.HEAD_OF_STATE} finds presidents and kings. */
    public List<Official> holders(String country, Office.Level level, Integer year) {
        return holders(country, year, o -> officeOf(o).level() == level);
    }

    private List<Official> holders(String country, Integer year, java.util.function.Predicate<Official> office) {
        Set<String> seen = new HashSet<>();
        return byCountry.getOrDefault(country, List.of()).stream()
                .filter(o -> (year == null || o.heldIn(year)) && office.test(o) && seen.add(person(o)))
                .toList();
    }

    /**
     * The official a misspelt or partial name most likely means, where the context agrees:
     * "Dimitri Medveded" with RUS is Dmitry Medvedev. A candidate must serve {@code country} (if
     * given), hold {@code office} (if given) in {@code year} (if given), and at least the country
     * or the office must be given; each word must be close to the word of a known spelling (same
     * first letter, a third of its length in edits, a fifth over the whole name), and a lone surname is tried only
     * with both the country and the year. Empty when nothing is close enough or two people are
     * equally close.
     */
    public Optional<Official> closest(String name, String country, String office, Integer year) {
        if (name == null || country == null && office == null) {
            return Optional.empty();
        }
        String[] words = Fold.key(titles.withoutHonorifics(name, false)).split(" ");
        if (words[0].isEmpty() || words.length == 1 && (country == null || year == null)) {
            return Optional.empty();
        }
        Optional<Office> wanted = office == null ? Optional.empty() : offices.canonical(office, country);
        List<Official> candidates = country != null ? byCountry.getOrDefault(country, List.of()) : all;
        Map<String, Official> fitting = new LinkedHashMap<>();
        for (Official o : candidates) {
            boolean fits = (year == null || o.heldIn(year))
                    && (office == null || officeOf(o).name().equals(wanted.map(Office::name).orElse(office)));
            if (fits) {
                fitting.putIfAbsent(person(o), o);
            }
        }
        Official best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, Official> person : fitting.entrySet()) {
            int d = NameDistance.best(words, spellings.get(person.getKey()));
            if (d < bestDistance) {
                best = person.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && d != NameDistance.FAR) {
                tie = true;
            }
        }
        return best == null || tie || bestDistance == NameDistance.FAR ? Optional.empty() : Optional.of(best);
    }

    /**
     * The one official in office in that year whose name ends with that surname ("Meloni" in 2023 is
     * Giorgia Meloni); empty when nobody or several people fit.
     */
    public Optional<Official> bySurname(String surname, int year) {
        List<Official> rows = bySurname.getOrDefault(Fold.key(surname), List.of()).stream().filter(o -> o.heldIn(year)).toList();
        return rows.stream().map(Officials::person).distinct().count() == 1 ? Optional.of(rows.get(0)) : Optional.empty();
    }

    /** Every row of the file, in file order. */
    public List<Official> all() {
        return all;
    }

    public int longestNameWords() {
        return longestNameWords;
    }
}
