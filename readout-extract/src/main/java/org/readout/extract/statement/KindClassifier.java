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
 * ("is willing to", "should", "opposes", "supports"), and a reported clause whose subject is a
 * side that "will" act is that side's commitment.
 */
public final class KindClassifier {
    // In order: the first kind whose verb pattern matches wins.
    private static final List<Map.Entry<StatementKind, Pattern>> VERB_KINDS = List.of(
            Map.entry(StatementKind.AGREEMENT, Pattern.compile("^(agree|concur)")),
            Map.entry(StatementKind.SUPPORT, Pattern.compile("^(congratulat|welcom|thank|appreciat|prais|spoke highly|wish|applaud|renewed|value)")),
            Map.entry(StatementKind.PROPOSAL, Pattern.compile("^(call|urg|propos|suggest|press|invit|request)")),
            Map.entry(StatementKind.OPPOSITION, Pattern.compile("^(oppos|reject|warn|condemn|critici)")),
            Map.entry(StatementKind.COMMITMENT, Pattern.compile("^(pledg|vow|promis)")),
            Map.entry(StatementKind.OTHER, Pattern.compile("^(discuss|exchang|focus|spoke about|referred|gave|review|took up|briefed)")));
    // What both sides do together, short of proposing or opposing, is what they agree on.
    private static final Pattern BOTH_AGREE = Pattern.compile(
            "^(agree|concur|reach|shar|reaffirm|affirm|emphasi|stress|express|not|applaud|underlin|appreciat|welcom|value|prais)");
    private static final Pattern EXPRESSED_READINESS = Pattern.compile("^\\s*(?:its|their|his|her|the)? ?(?:willingness|readiness)");
    private static final Pattern EXPRESSED_SORROW = Pattern.compile("^\\s*(?:his|her|their|its|deep|profound|\\s)*(?:sadness|sorrow|sympathy|condolences?)\\b");
    // A reported clause that opens with what was discussed ("Discussed our cooperation in ...", a minister's post).
    private static final Pattern DISCUSSED = Pattern.compile("^\\s*(?:we |they |also )?(?:discussed|reviewed|exchanged views)\\b");
    // "China will ...", "the Vietnamese side would ...", "his country will ...": one side says what it is going to do.
    private static final Pattern SIDE_WILL = Pattern.compile(
            "^\\s*(?:that\\s+)?(?:\\p{L}+ly,\\s*)?(?:(?:the\\s+)?\\p{L}+\\s+side|his country|her country|its government|we|\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?)"
            + "\\s+(?:will|would|is going to|hopes to|wishes to)\\s+(?!be\\b|have\\b|remain\\b)\\p{L}");
    private static final List<Map.Entry<StatementKind, Pattern>> CUES = List.of(
            Map.entry(StatementKind.OPPOSITION, Pattern.compile("\\b(oppos\\w*|vigilant against|reject\\w*|guard against|warn\\w*|condemn\\w*)\\b")),
            Map.entry(StatementKind.PROPOSAL, Pattern.compile("\\b(should|need to|needs to|must|it is necessary|efforts should|call(?:s|ed)? on|urg\\w+|hopes? that (?:the two|both)|suggest\\w*|request\\w*|propos\\w+)\\b")),
            Map.entry(StatementKind.COMMITMENT, Pattern.compile("\\b(willing|willingness|stands? ready|(?:is|are) ready|committed to|(?:is|are) interested in|expects? to|hopes? to|is determined|intends? to|look forward to continuing|will (?:continue|work|strengthen|spare|provide|always|further|actively|jointly|firmly|support|deepen|promote|host))\\b")),
            Map.entry(StatementKind.SUPPORT, Pattern.compile("\\b(supports?|supported|congratulat\\w*|thank\\w*|appreciat\\w*|welcom\\w*|grateful|gratitude|prais\\w*|spoke highly|sympathy|condolence\\w*)\\b")));

    public StatementKind classify(String verb, String content, boolean byBoth) {
        String v = verb == null ? "" : verb.toLowerCase(Locale.ROOT);
        String c = content.toLowerCase(Locale.ROOT);
        if (v.startsWith("express")) {
            if (EXPRESSED_READINESS.matcher(c).find()) {
                return StatementKind.COMMITMENT;
            }
            if (EXPRESSED_SORROW.matcher(c).find()) {
                return StatementKind.SUPPORT;
            }
        }
        if (byBoth && BOTH_AGREE.matcher(v).find()) {
            return StatementKind.AGREEMENT;
        }
        for (Map.Entry<StatementKind, Pattern> e : VERB_KINDS) {
            if (e.getValue().matcher(v).find()) {
                return e.getKey();
            }
        }
        if (DISCUSSED.matcher(c).find()) {
            return StatementKind.OTHER;
        }
        StatementKind best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<StatementKind, Pattern> e : CUES) {
            Matcher m = e.getValue().matcher(c);
            if (m.find() && m.start() < bestAt) {
                best = e.getKey();
                bestAt = m.start();
            }
        }
        if (best == StatementKind.COMMITMENT && byBoth) {
            // What both sides say they will do together is what they agreed on.
            return StatementKind.AGREEMENT;
        }
        if (best != null) {
            return best;
        }
        if (!byBoth && SIDE_WILL.matcher(content).find()) {
            return StatementKind.COMMITMENT;
        }
        return byBoth ? StatementKind.AGREEMENT : StatementKind.POSITION;
    }
}
