package org.readout.extract.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readout.extract.text.Fold;

/** Countries by code, name, alias and adjective ("Vietnamese", "Sino", "U.S."). */
public final class Countries {
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byAdjective = new HashMap<>();
    /** The first word of every name, alias and adjective key. */
    private final Set<String> firstWords = new HashSet<>();
    private final int longestNameWords;

    Countries(List<Country> countries) {
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
        byName.keySet().forEach(k -> firstWords.add(firstWord(k)));
        byAdjective.keySet().forEach(k -> firstWords.add(firstWord(k)));
        longestNameWords = longest;
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    static Countries from(Table table) {
        return new Countries(table.rows().stream().map(r -> new Country(
                r.get("alpha3"), r.optional("alpha2"), r.get("name"), r.list("aliases"), r.list("adjectives"),
                r.optional("capital"))).toList());
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

    public String nameOf(String alpha3) {
        Country c = byCode.get(alpha3);
        return c == null ? alpha3 : c.name();
    }

    public int longestNameWords() {
        return longestNameWords;
    }
}
