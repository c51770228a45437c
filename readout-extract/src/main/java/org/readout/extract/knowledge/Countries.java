package org.readout.extract.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readout.extract.text.Fold;

/** Countries by code, name, alias and adjective ("Vietnamese", "Sino", "U.S."). */
public final class Countries {
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byAdjective = new HashMap<>();
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
        longestNameWords = longest;
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
        String key = Fold.key(text);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        return Optional.ofNullable(byName.get(key));
    }

    /** A country named by an adjectival form: "Vietnamese", "Chinese". */
    public Optional<Country> byAdjective(String text) {
        return Optional.ofNullable(byAdjective.get(Fold.key(text)));
    }

    /** Name, alias or adjective, whichever matches. */
    public Optional<Country> byAnyForm(String text) {
        return byName(text).or(() -> byAdjective(text));
    }

    public String nameOf(String alpha3) {
        Country c = byCode.get(alpha3);
        return c == null ? alpha3 : c.name();
    }

    public int longestNameWords() {
        return longestNameWords;
    }
}
