package org.readout.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.readout.extract.text.Fold;

/**
 * The groups of name forms merged so far, indexed so that a new name is compared only with the groups that
 * can hold it instead of with every name of the document (quadratic on a long text). Two names are the same
 * ({@link PersonFinder#sameName}) when every word of the one no longer than the other matches a word of the
 * other: the same key, or an initial that begins it. So a form longer than the name must match each of the
 * name's words (the groups matching every word, intersected); a form without initials no longer than the name
 * has only words of the name (looked up by its set of word keys, among the subsets of the name's); only a form
 * with initials, or a name with initials, needs the broad look-up by any one shared word. Each group keeps its
 * distinct forms once: a name said a thousand times is compared once.
 */
final class GroupIndex {
    /** Past this many distinct words a name's subsets are too many to enumerate; it takes the broad look-up. */
    private static final int MAX_SUBSET_WORDS = 8;

    private final Map<String, Set<Integer>> byWord = new HashMap<>();
    private final Map<String, Set<Integer>> byInitial = new HashMap<>();
    private final Map<String, Set<Integer>> byPrefix = new HashMap<>();
    /** Groups by the word-key sets of their forms without initials. */
    private final Map<Set<String>, Set<Integer>> byKeySet = new HashMap<>();
    /** Groups with a form that has an initial, by that form's word keys. */
    private final Map<String, Set<Integer>> initialledByWord = new HashMap<>();
    private final List<Set<List<String>>> forms = new ArrayList<>();

    void add(int group, List<String> name) {
        while (forms.size() <= group) {
            forms.add(new LinkedHashSet<>());
        }
        if (!forms.get(group).add(name)) {
            return;
        }
        boolean initialled = name.stream().anyMatch(NameTokens::isInitial);
        for (String word : name) {
            String key = Fold.key(word);
            byWord.computeIfAbsent(key, k -> new TreeSet<>()).add(group);
            if (NameTokens.isInitial(word)) {
                byInitial.computeIfAbsent(key, k -> new TreeSet<>()).add(group);
            }
            for (int end = 0; end <= key.length(); end++) {
                byPrefix.computeIfAbsent(key.substring(0, end), k -> new TreeSet<>()).add(group);
            }
            if (initialled) {
                initialledByWord.computeIfAbsent(key, k -> new TreeSet<>()).add(group);
            }
        }
        if (!initialled) {
            byKeySet.computeIfAbsent(keys(name), k -> new TreeSet<>()).add(group);
        }
    }

    /** The distinct name forms of the group, in the order first seen. */
    Set<List<String>> forms(int group) {
        return forms.get(group);
    }

    /** The groups that may hold the name, in the order they were made. */
    Set<Integer> candidates(List<String> name) {
        Set<Integer> found = new TreeSet<>(matchingEveryWord(name));
        List<String> keys = List.copyOf(keys(name));
        if (name.stream().anyMatch(NameTokens::isInitial) || keys.size() > MAX_SUBSET_WORDS) {
            name.forEach(word -> found.addAll(matchingWord(word)));
            return found;
        }
        for (int subset = 1; subset < 1 << keys.size(); subset++) {
            Set<String> some = new HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    some.add(keys.get(i));
                }
            }
            found.addAll(byKeySet.getOrDefault(some, Set.of()));
        }
        keys.forEach(key -> found.addAll(initialledByWord.getOrDefault(key, Set.of())));
        return found;
    }

    /**
     * Groups with a word matching each of the name's words: all that can hold a form longer than the name. Made
     * from the word with the fewest groups, the others checked by membership, so that a common word ("Minister
     * Li" among thousands of Lis) costs no more than the rarest word's groups.
     */
    private Set<Integer> matchingEveryWord(List<String> name) {
        if (name.isEmpty()) {
            return Set.of();
        }
        String rarest = name.get(0);
        for (String word : name) {
            if (matchingCount(word) < matchingCount(rarest)) {
                rarest = word;
            }
        }
        Set<Integer> found = new TreeSet<>();
        for (int group : matchingWord(rarest)) {
            if (name.stream().allMatch(word -> matches(group, word))) {
                found.add(group);
            }
        }
        return found;
    }

    private int matchingCount(String word) {
        String key = Fold.key(word);
        int count = byWord.getOrDefault(key, Set.of()).size();
        if (NameTokens.isInitial(word)) {
            count += byPrefix.getOrDefault(key, Set.of()).size();
        }
        for (int end = 0; end <= key.length(); end++) {
            count += byInitial.getOrDefault(key.substring(0, end), Set.of()).size();
        }
        return count;
    }

    private boolean matches(int group, String word) {
        String key = Fold.key(word);
        if (byWord.getOrDefault(key, Set.of()).contains(group)
                || NameTokens.isInitial(word) && byPrefix.getOrDefault(key, Set.of()).contains(group)) {
            return true;
        }
        for (int end = 0; end <= key.length(); end++) {
            if (byInitial.getOrDefault(key.substring(0, end), Set.of()).contains(group)) {
                return true;
            }
        }
        return false;
    }

    /** Groups with a word the name's word can match: the same key, an initial of it, or one it is the initial of. */
    private Set<Integer> matchingWord(String word) {
        Set<Integer> found = new TreeSet<>();
        String key = Fold.key(word);
        found.addAll(byWord.getOrDefault(key, Set.of()));
        if (NameTokens.isInitial(word)) {
            found.addAll(byPrefix.getOrDefault(key, Set.of()));
        }
        for (int end = 0; end <= key.length(); end++) {
            found.addAll(byInitial.getOrDefault(key.substring(0, end), Set.of()));
        }
        return found;
    }

    private static Set<String> keys(List<String> name) {
        Set<String> keys = new HashSet<>();
        name.forEach(word -> keys.add(Fold.key(word)));
        return keys;
    }
}
