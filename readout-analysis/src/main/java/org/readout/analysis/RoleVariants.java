package org.readout.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.readout.extract.knowledge.Table;
import org.readout.extract.text.Fold;

/**
 * Spellings of one title ({@code role-variants.tsv}): the key under which accounts' titles for a
 * participant are compared, so that a meeting shows a role conflict only where the offices differ.
 *
 * @param titles the title of each folded variant
 */
public record RoleVariants(Map<String, String> titles) {
    public RoleVariants {
        titles = Map.copyOf(titles);
    }

    public static RoleVariants bundled() {
        return of(AnalysisData.bundled("role-variants.tsv"));
    }

    /** From a table with the columns {@code variant} and {@code title}. */
    public static RoleVariants of(Table table) {
        return new RoleVariants(table.rows().stream().collect(Collectors.toMap(
                r -> Fold.key(r.get("variant")), r -> Fold.key(r.get("title")), (x, y) -> x)));
    }

    public String key(String role) {
        String folded = Fold.key(role);
        return titles.getOrDefault(folded, folded);
    }

    /** The keys of an account's titles, less those that only repeat part of a longer one ("Secretary"). */
    public Set<String> keys(List<String> roles) {
        Set<String> keys = roles.stream().map(this::key).collect(Collectors.toCollection(LinkedHashSet::new));
        keys.removeIf(k -> keys.stream().anyMatch(o -> !o.equals(k) && (" " + o + " ").contains(" " + k + " ")));
        return keys;
    }
}
