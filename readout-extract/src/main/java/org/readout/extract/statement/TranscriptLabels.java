package org.readout.extract.statement;

import org.readout.extract.discourse.Discourse;
import org.readout.extract.discourse.Mention;
import org.readout.extract.grammar.ParsedSentence;

/** A transcript's speaker labels: "President of Russia Dmitry Medvedev:", "Foreign Minister X (retranslated):". */
final class TranscriptLabels {
    /** How far into a sentence a label's colon may stand. */
    private static final int MAX_LABEL_WORDS = 12;

    private TranscriptLabels() {
    }

    /** Whether a colon stands among the first words, after a name: a cheap test before tagging a sentence. */
    static boolean mayBeLabel(ParsedSentence ps) {
        int colon = colon(ps);
        return colon > 0 && ps.mentions().stream().anyMatch(m -> m.end() <= colon && m.kind() == Mention.Kind.NAME);
    }

    /** The person a label names: the last name before the colon with no verb between outside parentheses; else null. */
    static Speaker label(ParsedSentence ps, Discourse discourse, Speakers speakers, int index) {
        int colon = colon(ps);
        if (colon < 0) {
            return null;
        }
        int depth = 0;
        Mention named = null;
        for (int k = 0; k < colon; k++) {
            depth += ps.word(k).equals("(") ? 1 : ps.word(k).equals(")") ? -1 : 0;
            boolean verb = ps.tag(k).equals("VERB") || ps.tag(k).equals("AUX");
            if (verb && depth == 0 && ps.holding(k) == null) {
                return null;
            }
            Mention m = ps.startingAt(k);
            named = m != null && m.kind() == Mention.Kind.NAME ? m : named;
        }
        if (named == null) {
            return null;
        }
        Speaker sp = speakers.of(discourse.of(index, named));
        return sp == null || sp.isNobody() || sp.isBoth() || speakers.isState(sp) ? null : sp;
    }

    private static int colon(ParsedSentence ps) {
        for (int k = 1; k < ps.size() && k <= MAX_LABEL_WORDS; k++) {
            if (ps.word(k).equals(":")) {
                return k;
            }
        }
        return -1;
    }
}
