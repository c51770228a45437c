package org.readout.extract.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Whitespace;

/**
 * The vocabulary of offices. A title is a run of words such as "State Councilor and Foreign Minister"
 * that holds at least one head word (minister, president, secretary ...); the name follows it.
 * Before the name may stand honorifics ("H.E.", "His Excellency", "Datuk Seri"), which are never part
 * of it, and courtesy titles ("Sheikh", "Tun", "Tan Sri"), which are part of some names ("Sheikh
 * Hasina") and so are dropped only where the officials file knows the name without them.
 */
public final class Titles {
    /** How a word takes part in a title. */
    public enum Role { HEAD, PART, HONORIFIC }

    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, String> expansions = new HashMap<>();
    private final Set<String> collectiveHeads = new HashSet<>();
    /** Honorific keys of one or more words; true for courtesy titles that may be part of a name. */
    private final Map<String, Boolean> honorifics = new HashMap<>();
    private final int longestHonorificWords;
    /** Head words, and the last word of every honorific and courtesy title: a title without one of them is none. */
    private final Set<String> titleWords = new HashSet<>();

    Titles(Table table) {
        int longest = 1;
        for (Table.Row r : table.rows()) {
            String term = r.get("term");
            String key = key(term);
            String kind = r.get("kind");
            switch (kind) {
                case "head" -> roles.put(key, Role.HEAD);
                case "part" -> roles.put(key, Role.PART);
                case "honorific" -> honorifics.put(key, false);
                case "courtesy" -> honorifics.put(key, true);
                default -> throw new KnowledgeException(r.file(), r.line(), "kind must be head, part, honorific or courtesy");
            }
            if (kind.equals("honorific") && key.indexOf(' ') < 0) {
                roles.put(key, Role.HONORIFIC);
            }
            longest = Math.max(longest, key.split(" ").length);
            String expansion = r.optional("expansion");
            if (expansion != null) {
                expansions.put(key, expansion);
            }
            if ("yes".equals(r.optional("collective"))) {
                collectiveHeads.add(key);
            }
        }
        longestHonorificWords = longest;
        roles.forEach((word, role) -> {
            if (role != Role.PART) {
                titleWords.add(word);
            }
        });
        honorifics.keySet().forEach(k -> titleWords.add(k.substring(k.lastIndexOf(' ') + 1)));
    }

    private static String key(String word) {
        return Fold.key(word.replace(".", ""));
    }

    /** The role of one word; a courtesy title ("Sheikh") has none, as it may begin a name. */
    public Optional<Role> roleOf(String word) {
        return Optional.ofNullable(roles.get(key(word)));
    }

    /** Whether the word (any case) can end a title that stands before a name: a head, an honorific, a courtesy title. */
    public boolean mayEndTitle(String word) {
        return titleWords.contains(key(word));
    }

    public boolean isHead(String word) {
        return roles.get(key(word)) == Role.HEAD;
    }

    /** True for an honorific word or phrase that is never part of a name: "Mr", "H.E.", "His Excellency", "Datuk Seri". */
    public boolean isHonorific(String wordOrPhrase) {
        return Boolean.FALSE.equals(honorifics.get(key(wordOrPhrase)));
    }

    /** True for a courtesy title that is part of some names: "Sheikh", "Tun", "Tan Sri". */
    public boolean isCourtesy(String wordOrPhrase) {
        return Boolean.TRUE.equals(honorifics.get(key(wordOrPhrase)));
    }

    /**
     * How many words at {@code from} are honorifics, longest phrases first and one after another:
     * 3 for "His Excellency Dr S. Jaishankar". Courtesy titles count only with {@code courtesy}.
     */
    public int honorificWords(List<String> words, int from, boolean courtesy) {
        int at = from;
        boolean more = true;
        while (more && at < words.size()) {
            more = false;
            for (int n = Math.min(longestHonorificWords, words.size() - at); n >= 1; n--) {
                Boolean isCourtesy = honorifics.get(key(String.join(" ", words.subList(at, at + n))));
                if (isCourtesy != null && (courtesy || !isCourtesy)) {
                    at += n;
                    more = true;
                    break;
                }
            }
        }
        return at - from;
    }

    /** The name without the honorifics before it: "H.E. Dr S. Jaishankar" is "S. Jaishankar". */
    public String withoutHonorifics(String name, boolean courtesy) {
        List<String> words = List.of(Whitespace.RUNS.split(name.strip()));
        int n = honorificWords(words, 0, courtesy);
        return n == 0 || n == words.size() ? name.strip() : String.join(" ", words.subList(n, words.size()));
    }

    /** "FM" reads "Foreign Minister"; other words read as written. */
    public String expand(String word) {
        return expansions.getOrDefault(key(word), word);
    }

    /** Heads that name a group: "ministers", "leaders", "sides". */
    public boolean isCollective(String word) {
        return collectiveHeads.contains(key(word));
    }
}
