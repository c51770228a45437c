package org.readout.analysis.codes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.readout.analysis.AnalysisData;
import org.readout.extract.knowledge.KnowledgeException;

/**
 * The PLOVER mapping tables: the CONSULT mode of a meeting by its mode ({@code plover-meetings.tsv}),
 * the event type of a statement by kind ({@code plover-statements.tsv}), the contexts of Readout's
 * topics ({@code plover-contexts.tsv}) and the quad code of each event type ({@code plover-quad.tsv}).
 * See CODES.md.
 */
public record PloverCodebook(CodeRules meetings, CodeRules statements, Map<String, List<String>> contexts,
                             Map<String, Integer> quadCodes) {
    public static final String CONSULT = "CONSULT";

    public PloverCodebook {
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(statements, "statements");
        contexts = Map.copyOf(contexts);
        quadCodes = Map.copyOf(quadCodes);
    }

    public static PloverCodebook bundled() {
        return new PloverCodebook(
                CodeRules.of(AnalysisData.bundled("plover-meetings.tsv"), "mode", null, "cue", "event_mode"),
                CodeRules.of(AnalysisData.bundled("plover-statements.tsv"), "kind", null, "cue", "event_type"),
                AnalysisData.bundled("plover-contexts.tsv").rows().stream()
                        .collect(Collectors.toMap(r -> r.get("topic"), r -> r.list("context"))),
                AnalysisData.bundled("plover-quad.tsv").rows().stream()
                        .collect(Collectors.toMap(r -> r.get("event"), r -> r.integer("quad_code"))));
    }

    /** The contexts of these topics, each once, sorted. */
    public List<String> contexts(Collection<String> topics) {
        return topics.stream().flatMap(t -> contexts.getOrDefault(t, List.of()).stream()).distinct().sorted().toList();
    }

    /** PLOVER's quad code of an event type: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
    public int quadCode(String event) {
        Integer quad = quadCodes.get(event);
        if (quad == null) {
            throw new KnowledgeException("plover-quad.tsv", 0, "no quad code for PLOVER event " + event);
        }
        return quad;
    }
}
