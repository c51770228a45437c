package org.readout.analysis.codes;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.readout.analysis.AnalysisData;
import org.readout.extract.knowledge.KnowledgeException;

/**
 * The CAMEO mapping tables: codes for meetings by mode and side ({@code cameo-meetings.tsv}), for
 * statements by kind ({@code cameo-statements.tsv}), and the Goldstein value of each code
 * ({@code cameo-goldstein.tsv}). See CODES.md.
 */
public record CameoCodebook(CodeRules meetings, CodeRules statements, Map<String, Double> goldstein) {
    public CameoCodebook {
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(statements, "statements");
        goldstein = Map.copyOf(goldstein);
    }

    public static CameoCodebook bundled() {
        return new CameoCodebook(
                CodeRules.of(AnalysisData.bundled("cameo-meetings.tsv"), "mode", "side", "occasion", "code"),
                CodeRules.of(AnalysisData.bundled("cameo-statements.tsv"), "kind", null, "cue", "code"),
                AnalysisData.bundled("cameo-goldstein.tsv").rows().stream().collect(Collectors.toMap(
                        r -> r.get("code"), r -> Double.valueOf(r.get("goldstein")))));
    }

    /** The Goldstein value of a code, else of its base (3-digit) code. */
    public double goldstein(String code) {
        Double value = goldstein.getOrDefault(code, goldstein.get(code.substring(0, Math.min(3, code.length()))));
        if (value == null) {
            throw new KnowledgeException("cameo-goldstein.tsv", 0, "no Goldstein value for CAMEO code " + code);
        }
        return value;
    }

    /** GDELT's quad class: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20). */
    public static int quadClass(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }
}
