package org.readout.extract.statement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.model.StatementKind;

/**
 * What a sentence of reported speech does: the reporting verb decides where it is telling
 * ("congratulated", "agreed", "called on"); otherwise the first cue of the reported clause
 * ("is willing to", "should", "opposes", "supports").
 */
public final class KindClassifier {
    private static final Pattern READINESS = Pattern.compile("(?s)^\\s*(its|their|his|her|the)? ?(willingness|readiness).*");
    private static final Map<StatementKind, Pattern> VERB_KINDS = Map.of(
            StatementKind.SUPPORT, Pattern.compile("^(congratulat|welcom|thank|appreciat|prais|spoke highly|wish|applaud|renewed|value)"),
            StatementKind.PROPOSAL, Pattern.compile("^(call|urg|propos|suggest|press|invit|request)"),
            StatementKind.OPPOSITION, Pattern.compile("^(oppos|reject|warn|condemn|critici)"),
            StatementKind.COMMITMENT, Pattern.compile("^(pledg|vow)"),
            StatementKind.OTHER, Pattern.compile("^(discuss|exchang|focus|spoke about|referred|gave|review|took up|briefed)"));
    private static final Pattern BOTH_AGREE = Pattern.compile("^(agree|concur|reach|shar|reaffirm|affirm|emphasi|stress|express|not|applaud|underlin|stress)");
    private static final List<Map.Entry<StatementKind, Pattern>> CUES = List.of(
            Map.entry(StatementKind.OPPOSITION, Pattern.compile("\\b(oppos\\w*|vigilant against|reject\\w*|guard against|warn\\w*|condemn\\w*)\\b")),
            Map.entry(StatementKind.PROPOSAL, Pattern.compile("\\b(should|need to|needs to|must|it is necessary|efforts should|call(?:s|ed)? on|urg\\w+|hopes? that (?:the two|both)|suggest\\w*|request\\w*|propos\\w+)\\b")),
            Map.entry(StatementKind.COMMITMENT, Pattern.compile("\\b(willing|willingness|stands? ready|(?:is|are) ready|committed to|is determined|intends? to|look forward to continuing|will (?:continue|work|strengthen|spare|provide|always|further|actively|jointly|firmly|support|deepen|promote|host))\\b")),
            Map.entry(StatementKind.SUPPORT, Pattern.compile("\\b(supports?|supported|congratulat\\w*|thank\\w*|appreciat\\w*|welcom\\w*|grateful|gratitude|prais\\w*|spoke highly|sympathy|condolence\\w*)\\b")));

    public StatementKind classify(String verb, String content, boolean byBoth) {
        String v = verb == null ? "" : verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("express") && READINESS.matcher(content.toLowerCase(Locale.ROOT)).matches()) {
            return StatementKind.COMMITMENT;
        }
        for (Map.Entry<StatementKind, Pattern> e : VERB_KINDS.entrySet()) {
            if (e.getValue().matcher(v).find()) {
                return e.getKey();
            }
        }
        if (byBoth && BOTH_AGREE.matcher(v).find()) {
            return StatementKind.AGREEMENT;
        }
        String c = content.toLowerCase(Locale.ROOT);
        StatementKind best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<StatementKind, Pattern> e : CUES) {
            Matcher m = e.getValue().matcher(c);
            if (m.find() && m.start() < bestAt) {
                best = e.getKey();
                bestAt = m.start();
            }
        }
        if (best != null) {
            return best;
        }
        return byBoth ? StatementKind.AGREEMENT : StatementKind.POSITION;
    }
}
