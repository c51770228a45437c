package org.readout.analysis.codes;

import java.util.List;
import java.util.Optional;
import org.readout.extract.knowledge.Table;
import org.readout.extract.text.Fold;

/**
 * A mapping table of the codes folder: rows tried in file order, the first that fits gives the
 * code. A row fits a key (a mode or a statement kind; {@code *} any), a side ({@code *} or empty:
 * any) and a text where one of its cue words stands as whole words (no cues: any text).
 */
public record CodeRules(List<Rule> rules) {
    /** One row; {@code code} may be empty (the row then says: no code). */
    public record Rule(String key, String side, List<String> cues, String code) {
        public Rule {
            cues = cues.stream().map(Fold::key).filter(c -> !c.isEmpty()).toList();
        }

        boolean fits(String k, String s, String text) {
            return ("*".equals(key) || key.equals(k)) && (side.isEmpty() || "*".equals(side) || side.equals(s))
                    && (cues.isEmpty() || cues.stream().anyMatch(c -> (" " + Fold.key(text) + " ").contains(" " + c + " ")));
        }
    }

    public CodeRules {
        rules = List.copyOf(rules);
    }

    /** From {@code table}, reading the key, side, cue and code from the columns named. */
    public static CodeRules of(Table table, String keyColumn, String sideColumn, String cueColumn, String codeColumn) {
        return new CodeRules(table.rows().stream().map(r -> new Rule(r.get(keyColumn),
                sideColumn == null ? "" : r.get(sideColumn), r.list(cueColumn), r.get(codeColumn))).toList());
    }

    /** The code of the first row that fits; empty where none does or that row gives no code. */
    public Optional<String> code(String key, String side, String text) {
        return rules.stream().filter(r -> r.fits(key, side, text == null ? "" : text)).findFirst()
                .map(Rule::code).filter(c -> !c.isEmpty());
    }
}
