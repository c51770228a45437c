package org.readout.extract.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readout.extract.text.Fold;

/**
 * Countries by code, name, alias and adjective ("Vietnamese", "Sino", "U.S."), and the places that
 * stand for a state's government in news ("Beijing said", "the Kremlin", "Putrajaya-Islamabad ties"),
 * which are kept apart: a capital is also just a city.
 */
public final class Countries {
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byAdjective = new HashMap<>();
    private final Map<String, Country> byMetonym = new HashMap<>();
    /** The first word of every name, alias and adjective key. */
    private final Set<String> firstWords = new HashSet<>();
    /** Every name, alias and adjective key cut after each of its words: "united", "united states", "united states of". */
    private final Set<String> prefixes = new HashSet<>();
    /** Every name, alias, adjective and metonym key, a leading "the" dropped: what {@link #namesAt} looks for. */
    private final Set<String> namingKeys = new HashSet<>();
    /** The first word of each naming key: a word that is none begins no name. */
    private final Set<String> namingFirstWords = new HashSet<>();
    private final int longestNamingWords;
    private final int longestNameWords;

    /** {@code metonyms}: a place ("Beijing", "the Kremlin") to the alpha-3 code of the state it stands for. */
    Countries(List<Country> countries, Map<String, String> metonyms) {
        int longest = 1;
        for (Country c : countries) {
            byCode.put(c.alpha3(), c);
            for (String name : concat(List.of(c.name()), c.aliases())) {
                byName.putIfAbsent(Fold.key(name), c);
                longest = Math.max(longest, name.split("\\s+").length);
            }
            for (String adjective : c.adjectives()) {
                byAdjective.putIfAbsent(Fold.key(adjective), c);
                longest = Math.max(longest, adjective.split("\\s+").length);
            }
        }
        metonyms.forEach((place, code) -> {
            Country c = byCode.get(code);
            if (c == null) {
                throw new IllegalArgumentException("no country " + code + " for the metonym " + place);
            }
            byMetonym.put(Fold.key(place), c);
        });
        byName.keySet().forEach(k -> firstWords.add(firstWord(k)));
        byAdjective.keySet().forEach(k -> firstWords.add(firstWord(k)));
        java.util.stream.Stream.concat(byName.keySet().stream(), byAdjective.keySet().stream()).forEach(k -> {
            for (int space = k.indexOf(' '); space > 0; space = k.indexOf(' ', space + 1)) {
                prefixes.add(k.substring(0, space));
            }
        });
        java.util.stream.Stream.of(byName.keySet(), byAdjective.keySet(), byMetonym.keySet()).flatMap(Set::stream)
                .map(k -> k.startsWith("the ") ? k.substring(4) : k).forEach(namingKeys::add);
        longestNameWords = longest;
        namingKeys.forEach(k -> namingFirstWords.add(firstWord(k)));
        longestNamingWords = namingKeys.stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    static Countries from(Table table, Table metonyms) {
        List<Country> countries = table.rows().stream().map(r -> new Country(
                r.get("alpha3"), r.optional("alpha2"), r.get("name"), r.list("aliases"), r.list("adjectives"),
                r.optional("capital"))).toList();
        Set<String> codes = new HashSet<>();
        countries.forEach(c -> codes.add(c.alpha3()));
        Map<String, String> places = new HashMap<>();
        for (Table.Row r : metonyms.rows()) {
            if (!codes.contains(r.get("country"))) {
                throw new KnowledgeException(r.file(), r.line(), "no country " + r.get("country") + " in countries.tsv");
            }
            places.put(r.get("place"), r.get("country"));
        }
        return new Countries(countries, places);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    public Optional<Country> byCode(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : byCode.get(alpha3));
    }

    /** A country named by its name or an alias: "Viet Nam", "the United States". */
    public Optional<Country> byName(String text) {
        return Optional.ofNullable(byNameKey(Fold.key(text)));
    }

    private Country byNameKey(String key) {
        return byName.get(key.startsWith("the ") ? key.substring(4) : key);
    }

    /** A country named by an adjectival form: "Vietnamese", "Chinese". */
    public Optional<Country> byAdjective(String text) {
        return Optional.ofNullable(byAdjective.get(Fold.key(text)));
    }

    /** The country of a name, alias or adjective key as {@link Fold#key} makes it, or null. */
    public Country byKey(String key) {
        Country c = byNameKey(key);
        return c != null ? c : byAdjective.get(key);
    }

    /** Whether some longer name, alias or adjective begins with these words (a {@link Fold#key}). */
    public boolean continues(String key) {
        return prefixes.contains(key);
    }

    /** Name, alias or adjective, whichever matches. */
    public Optional<Country> byAnyForm(String text) {
        String key = Fold.key(text);
        Country c = byNameKey(key);
        return Optional.ofNullable(c != null ? c : byAdjective.get(key));
    }

    /**
     * False when no name, alias or adjective can begin with this word, so that no longer text
     * starting with it need be looked up ("the" can begin anything: it is dropped before names).
     */
    public boolean mayBegin(String word) {
        String first = firstWord(Fold.key(word));
        return first.isEmpty() || first.equals("the") || firstWords.contains(first);
    }

    /**
     * Whether a state's name, alias, adjective or metonym starts at word {@code from} (any case, a leading "the" aside;
     * a possessive's "'s" may follow it): "the United States", "China's", "Kremlin".
     */
    public boolean namesAt(List<String> words, int from) {
        String first = Fold.key(words.get(from));
        if (!namingFirstWords.contains(first) && !namingFirstWords.contains(firstWord(first))) {
            return false;
        }
        StringBuilder phrase = new StringBuilder();
        for (int n = 0; n < longestNamingWords && from + n < words.size(); n++) {
            phrase.append(n > 0 ? " " : "").append(words.get(from + n));
            String key = Fold.key(phrase.toString());
            if (namingKeys.contains(key) || key.endsWith(" s") && namingKeys.contains(key.substring(0, key.length() - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state whose government a place stands for in news: "Beijing", "Washington", "the Kremlin",
     * "Delhi", "Putrajaya". Only for a place used as the actor ("Beijing said"); as a venue it is a city.
     */
    public Optional<Country> byMetonym(String place) {
        String key = Fold.key(place);
        Country c = byMetonym.get(key);
        return Optional.ofNullable(c != null || !key.startsWith("the ") ? c : byMetonym.get(key.substring(4)));
    }

    public String nameOf(String alpha3) {
        Country c = byCode.get(alpha3);
        return c == null ? alpha3 : c.name();
    }

    public int longestNameWords() {
        return longestNameWords;
    }
}
