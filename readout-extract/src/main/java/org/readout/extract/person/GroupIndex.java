package org.readout.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.readout.extract.text.Fold;

/**
 * The groups of name forms merged so far, indexed so that a new name is compared only with the groups that
 * can hold it instead of with every name of the document (quadratic on a long text). Two names are the same
 * ({@link PersonFinder#sameName}) only if a word of one that is not an initial has the key of a word of the
 * other, or begins with the key of an initial of the other: a group is a candidate for a name if it shares a
 * word key with it, if one of its initials begins a word of the name, or if one of its words begins with one of
 * the name's initials. Each group keeps its distinct forms once: a name said a thousand times is compared once.
 */
final class GroupIndex {
    private final Map<String, Set<Integer>> byWord = new HashMap<>();
    private final Map<String, Set<Integer>> byInitial = new HashMap<>();
    private final Map<String, Set<Integer>> byPrefix = new HashMap<>();
    private final List<Set<List<String>>> forms = new ArrayList<>();

    void add(int group, List<String> name) {
        while (forms.size() <= group) {
            forms.add(new LinkedHashSet<>());
        }
        if (!forms.get(group).add(name)) {
            return;
        }
        for (String word : name) {
            String key = Fold.key(word);
            byWord.computeIfAbsent(key, k -> new TreeSet<>()).add(group);
            if (NameTokens.isInitial(word)) {
                byInitial.computeIfAbsent(key, k -> new TreeSet<>()).add(group);
            }
            for (int end = 0; end <= key.length(); end++) {
                byPrefix.computeIfAbsent(key.substring(0, end), k -> new TreeSet<>()).add(group);
            }
        }
    }

    /** The distinct name forms of the group, in the order first seen. */
    Set<List<String>> forms(int group) {
        return forms.get(group);
    }

    /** The groups that may hold the name, in the order they were made. */
    Set<Integer> candidates(List<String> name) {
        Set<Integer> found = new TreeSet<>();
        for (String word : name) {
            String key = Fold.key(word);
            found.addAll(byWord.getOrDefault(key, Set.of()));
            if (NameTokens.isInitial(word)) {
                found.addAll(byPrefix.getOrDefault(key, Set.of()));
            }
            for (int end = 0; end <= key.length(); end++) {
                found.addAll(byInitial.getOrDefault(key.substring(0, end), Set.of()));
            }
        }
        return found;
    }
}
