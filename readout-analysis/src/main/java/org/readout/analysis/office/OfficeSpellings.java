package org.readout.analysis.office;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.readout.analysis.AnalysisData;
import org.readout.analysis.RoleVariants;
import org.readout.extract.knowledge.Table;
import org.readout.extract.text.Fold;

/**
 * When two titles name one office: the same after folding, replacing British spellings of words by
 * American ones ({@code spelling-variants.tsv}: "Councillor", "Councilor") and taking the title the
 * role's wording stands for ({@link RoleVariants}: "Minister of Foreign Affairs", "Foreign Minister").
 * Immutable and thread-safe.
 *
 * @param spellings the spelling of each folded variant word
 */
public record OfficeSpellings(Map<String, String> spellings, RoleVariants variants) {
    public OfficeSpellings {
        spellings = Map.copyOf(spellings);
    }

    public static OfficeSpellings bundled() {
        return of(AnalysisData.bundled("spelling-variants.tsv"), RoleVariants.bundled());
    }

    /** From a table with the columns {@code variant} and {@code spelling}, and the role variants. */
    public static OfficeSpellings of(Table table, RoleVariants variants) {
        return new OfficeSpellings(table.rows().stream().collect(Collectors.toMap(
                r -> Fold.key(r.get("variant")), r -> Fold.key(r.get("spelling")), (x, y) -> x)), variants);
    }

    /** The same key for every title that names the same office. */
    public String key(String role) {
        String words = Arrays.stream(Fold.key(role).split(" ")).map(w -> spellings.getOrDefault(w, w))
                .collect(Collectors.joining(" "));
        return variants.key(words);
    }
}
