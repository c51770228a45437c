package org.readout.analysis.codes;

import java.util.Objects;
import org.readout.analysis.AnalysisData;

/**
 * The PLOVER mapping tables: the CONSULT mode of a meeting by mode and side
 * ({@code plover-meetings.tsv}) and the event type of a statement by kind
 * ({@code plover-statements.tsv}). See CODES.md.
 */
public record PloverCodebook(CodeRules meetings, CodeRules statements) {
    public static final String CONSULT = "CONSULT";

    public PloverCodebook {
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(statements, "statements");
    }

    public static PloverCodebook bundled() {
        return new PloverCodebook(
                CodeRules.of(AnalysisData.bundled("plover-meetings.tsv"), "mode", "side", "occasion", "event_mode"),
                CodeRules.of(AnalysisData.bundled("plover-statements.tsv"), "kind", null, "cue", "event_type"));
    }
}
