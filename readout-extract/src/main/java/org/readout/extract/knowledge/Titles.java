package org.readout.extract.knowledge;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.readout.extract.text.Fold;

/**
 * The vocabulary of offices. A title is a run of words such as "State Councilor and Foreign Minister"
 * that holds at least one head word (minister, president, secretary ...); the name follows it.
 */
public final class Titles {
    /** How a word takes part in a title. */
    public enum Role { HEAD, PART, HONORIFIC }

    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, String> expansions = new HashMap<>();
    private final Set<String> collectiveHeads = new HashSet<>();

    Titles(Table table) {
        for (Table.Row r : table.rows()) {
            String term = r.get("term");
            Role role = switch (r.get("kind")) {
                case "head" -> Role.HEAD;
                case "part" -> Role.PART;
                case "honorific" -> Role.HONORIFIC;
                default -> throw new KnowledgeException(r.file(), r.line(), "kind must be head, part or honorific");
            };
            roles.put(key(term), role);
            String expansion = r.optional("expansion");
            if (expansion != null) {
                expansions.put(key(term), expansion);
            }
            if ("yes".equals(r.optional("collective"))) {
                collectiveHeads.add(key(term));
            }
        }
    }

    private static String key(String word) {
        return Fold.key(word.replace(".", ""));
    }

    public Optional<Role> roleOf(String word) {
        return Optional.ofNullable(roles.get(key(word)));
    }

    public boolean isHead(String word) {
        return roles.get(key(word)) == Role.HEAD;
    }

    public boolean isHonorific(String word) {
        return roles.get(key(word)) == Role.HONORIFIC;
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
