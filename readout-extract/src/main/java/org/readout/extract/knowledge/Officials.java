package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readout.extract.text.Fold;

/** Office-holders by every spelling of their name. */
public final class Officials {
    private final Map<String, List<Official>> byName = new HashMap<>();
    private final List<Official> all;
    /** The first word of every spelling's key. */
    private final Set<String> firstWords = new HashSet<>();
    private final int longestNameWords;

    Officials(List<Official> officials) {
        all = List.copyOf(officials);
        int longest = 1;
        for (Official o : officials) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Fold.key(o.name()));
            o.variants().forEach(v -> keys.add(Fold.key(v)));
            for (String key : keys) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
                firstWords.add(firstWord(key));
                longest = Math.max(longest, key.split(" ").length);
            }
        }
        longestNameWords = longest;
    }

    static Officials from(Table table) {
        return new Officials(table.rows().stream().map(r -> new Official(
                r.get("name"), r.get("country"), r.get("office"), r.integer("from"), r.integer("to"),
                r.list("variants"))).toList());
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

    /** Every office held by the person of that name (any spelling). */
    public List<Official> lookup(String name) {
        return byName.getOrDefault(Fold.key(name), List.of());
    }

    /** The person's country: unambiguous when all their offices are of one state. */
    public Optional<String> countryOf(String name) {
        List<String> countries = lookup(name).stream().map(Official::country).distinct().toList();
        return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
    }

    /** The person's name as the file spells it. */
    public Optional<String> canonicalName(String name) {
        return lookup(name).stream().map(Official::name).findFirst();
    }

    /** Every row of the file, in file order. */
    public List<Official> all() {
        return all;
    }

    public int longestNameWords() {
        return longestNameWords;
    }
}
