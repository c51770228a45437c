package org.readout.analysis.commitment;

import java.util.List;
import org.readout.analysis.AnalysisData;
import org.readout.extract.knowledge.Table;
import org.readout.extract.text.Fold;

/**
 * The words that make an agreement a promise ({@code promise-cues.tsv}): "the two sides agreed to
 * expand trade" binds both; "the two sides agreed that relations are good" binds no one.
 */
public record PromiseCues(List<String> cues) {
    public PromiseCues {
        cues = cues.stream().map(Fold::key).filter(c -> !c.isEmpty()).toList();
    }

    public static PromiseCues bundled() {
        return of(AnalysisData.bundled("promise-cues.tsv"));
    }

    public static PromiseCues of(Table table) {
        return new PromiseCues(table.rows().stream().map(r -> r.get("cue")).toList());
    }

    /** Whether a cue stands in the text as whole words, case and diacritics aside. */
    public boolean promises(String text) {
        String folded = " " + Fold.key(text) + " ";
        return cues.stream().anyMatch(c -> folded.contains(" " + c + " "));
    }
}
