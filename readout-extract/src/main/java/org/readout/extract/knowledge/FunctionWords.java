package org.readout.extract.knowledge;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The closed word classes of {@code function-words.tsv}: pronouns, modals, negators, time words. */
public final class FunctionWords {
    /** A class of {@code function-words.tsv}; see the file's header for each. */
    public enum Kind {
        HE, SHE, THEY, WE, I, POSSESSIVE_SINGULAR, POSSESSIVE_PLURAL, RELATIVE, FUTURE, UNREAL, NEGATION,
        INTENTION, BEFORE, PAST, COLLECTIVE, BOTH, CLAUSE, EVALUATIVE, LEADING, RECALL
    }

    private final Map<String, Set<Kind>> kinds = new HashMap<>();
    private final int longestPhrase;

    FunctionWords(Table table) {
        int longest = 1;
        for (Table.Row r : table.rows()) {
            String word = r.get("word").toLowerCase(Locale.ROOT);
            Kind kind;
            try {
                kind = Kind.valueOf(r.get("class").toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeException(r.file(), r.line(), "unknown class '" + r.get("class") + "'");
            }
            kinds.computeIfAbsent(word, k -> EnumSet.noneOf(Kind.class)).add(kind);
            longest = Math.max(longest, word.split(" ").length);
        }
        longestPhrase = longest;
    }

    /** Whether the word (any case) is of that class. */
    public boolean is(String word, Kind kind) {
        return kindsOf(word).contains(kind);
    }

    /** The classes of the word (any case); none for most words. */
    public Set<Kind> kindsOf(String word) {
        return kinds.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
    }

    /** The length in words of the longest phrase of that class ending at word {@code end - 1} (lower-case words), 0 if none. */
    public int endingAt(List<String> words, int end, Kind kind) {
        for (int n = Math.min(longestPhrase, end); n >= 1; n--) {
            Set<Kind> k = kinds.get(String.join(" ", words.subList(end - n, end)));
            if (k != null && k.contains(kind)) {
                return n;
            }
        }
        return 0;
    }
}
