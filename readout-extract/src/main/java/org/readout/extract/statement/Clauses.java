package org.readout.extract.statement;

import java.util.List;
import org.readout.extract.discourse.Mention;
import org.readout.extract.grammar.ParsedSentence;
import org.readout.extract.grammar.Predication;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.Token;

/**
 * Where a reporting verb's subject and reported words stand in a sentence, over its tags and mentions:
 * the subject after the verb ("..., said Xi"), a frame that closes its sentence ("..., Modi said"), a
 * leading subordinate clause, a preposition's object that is no subject.
 */
final class Clauses {
    /** Auxiliaries and adverbs before a verb: "to have also been". */
    private static final int MAX_VERB_GROUP = 4;

    private Clauses() {
    }

    /** An adverb, an auxiliary or a negation: not "to", before which stands no subject ("leaders to have been invited"). */
    static boolean isVerbGroupWord(ParsedSentence s, int k) {
        String tag = s.tag(k);
        return tag.equals("ADV") || tag.equals("AUX") || tag.equals("PART") && !s.word(k).equals("to");
    }

    /** The token before the verb group that ends at {@code head}, or -1. */
    static int beforeVerbGroup(ParsedSentence s, int head) {
        int k = head - 1;
        while (k >= 0 && isVerbGroupWord(s, k)) {
            k--;
        }
        return k;
    }

    /** "to have been invited": the verb's group opens with "to" (the tagger takes "have" for a verb at times). */
    static boolean infinitive(ParsedSentence s, int head) {
        for (int k = head - 1; k >= 0 && k >= head - MAX_VERB_GROUP; k--) {
            String w = s.word(k);
            if (w.equals("to")) {
                return true;
            }
            if (!isVerbGroupWord(s, k) && !w.equals("have") && !w.equals("be")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the main clause starts: after a leading subordinate clause ("Although he offered ..., Petro
     * indicated", "While officials bring proposals, Saied said") when a comma closes it; else at 0.
     */
    static int mainClauseStart(ParsedSentence s) {
        if (s.size() == 0 || !s.tag(0).equals("SCONJ")) {
            return 0;
        }
        for (int k = 1; k < s.size(); k++) {
            if (s.word(k).equals(",")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** "cooperation between China and Cambodia covers": the mentions are a preposition's object, not a subject. */
    static boolean inPrepositionalPhrase(ParsedSentence s, List<Mention> subject) {
        if (subject.isEmpty()) {
            return false;
        }
        int k = subject.get(0).start() - 1;
        while (k >= 1 && (s.word(k).equals("and") || s.word(k).equals(",")) && s.endingAt(k) != null) {
            k = s.endingAt(k).start() - 1;
        }
        return k >= 0 && s.tag(k).equals("ADP") && !s.word(k).equals("by");
    }

    /** A party's mention right before the verb (adverbs and auxiliaries aside), where the grammar found no subject. */
    static Mention mentionRightBefore(ParsedSentence s, int head) {
        int k = beforeVerbGroup(s, head);
        Mention m = k < 0 ? null : s.endingAt(k + 1);
        if (m == null || m.kind() == Mention.Kind.RELATIVE || isPossessive(m)) {
            return null;
        }
        // not the object of a preposition, nor the last of a list in one ("cooperation between China and Cambodia
        // covers"); "as" before a subject opens a clause ("as Vice President X announced")
        String before = m.start() > 0 ? s.tag(m.start() - 1) : "";
        return (before.equals("ADP") || before.equals("CCONJ")) && !s.word(m.start() - 1).equals("as") ? null : m;
    }

    static boolean isPossessive(Mention m) {
        return m.pronoun() == FunctionWords.Kind.POSSESSIVE_SINGULAR || m.pronoun() == FunctionWords.Kind.POSSESSIVE_PLURAL;
    }

    /** "..., said Xi", "“...,” said the Colombian president": the subject after a verb that follows a comma or a quotation. */
    static Mention invertedSubject(ParsedSentence s, Predication p) {
        if (p.head() == 0 || p.end() >= s.size() || s.word(p.head()).endsWith("ing")) {
            return null;
        }
        if (!s.word(p.head() - 1).equals(",") && !closingMark(s, p.head() - 1)) {
            return null;
        }
        Mention m = s.startingAt(p.end());
        if (m == null || m.kind() == Mention.Kind.RELATIVE) {
            return null;
        }
        // the subject closes the clause ("said Xi.", "said the president, adding ..."); an object goes on ("supports China's ...")
        String next = m.end() < s.size() ? s.word(m.end()) : ".";
        return next.equals(".") || next.equals(",") || m.end() < s.size() && s.tag(m.end()).equals("ADP") ? m : null;
    }

    /**
     * Whether the frame of verb {@code p} with this subject closes its sentence: the subject follows a closing
     * quotation mark or a comma after a clause, stands right before the verb, and no clause follows the verb
     * ("..., Modi said during the interaction.", but not "At the meeting, the ministers discussed ...").
     */
    static boolean closes(ParsedSentence s, Predication p, List<Mention> subject) {
        return !subject.isEmpty() && !p.inherited() && afterClauseOrQuotation(s, subject.get(0).start())
                && adjacent(s, subject.get(subject.size() - 1), p.head()) && nothingReportedAfter(s, p);
    }

    private static boolean afterClauseOrQuotation(ParsedSentence s, int start) {
        if (start < 2) {
            return false;
        }
        if (closingMark(s, start - 1)) {
            return true;
        }
        if (!s.word(start - 1).equals(",")) {
            return false;
        }
        for (int k = 0; k < start - 1; k++) {
            if (isFinite(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinite(ParsedSentence s, int k) {
        return s.tag(k).equals("AUX") || s.tag(k).equals("VERB") && !s.word(k).endsWith("ing");
    }

    /** Whether only adverbs and auxiliaries stand between the subject and the verb. */
    private static boolean adjacent(ParsedSentence s, Mention subject, int head) {
        for (int k = subject.end(); k < head; k++) {
            if (!isVerbGroupWord(s, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether no clause follows the verb up to the next comma or the end ("..., Wang said, adding that ..." closes). */
    private static boolean nothingReportedAfter(ParsedSentence s, Predication p) {
        for (int k = p.end(); k < s.size() && !s.word(k).equals(","); k++) {
            String w = s.word(k);
            if (isFinite(s, k) || s.tag(k).equals("SCONJ") || w.equals("that") || w.equals(":") || w.equals("“")
                    || closingMark(s, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} is a quotation mark that closes: ” or a straight mark written against the word before it. */
    static boolean closingMark(ParsedSentence s, int k) {
        String w = s.word(k);
        if (w.length() != 1 || !Quotations.isQuoteMark(w.charAt(0)) || w.equals("“")) {
            return false;
        }
        if (w.equals("”")) {
            return true;
        }
        List<Token> tokens = s.sentence().tokens();
        return k > 0 && tokens.get(k - 1).end() == tokens.get(k).start();
    }

    /** Whether reported words follow the verb ending at {@code contentAt}: "Wang Yi said, ...", "noted that ...", "said: “". */
    static boolean opensSpeech(ParsedSentence s, int contentAt) {
        String text = s.sentence().text();
        int at = contentAt;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c == ',' || c == ':' || Quotations.isQuoteMark(c) || text.startsWith("that ", at);
    }

    /** The character offset in the sentence's text where token {@code k} starts. */
    static int offset(ParsedSentence s, int k) {
        Sentence sentence = s.sentence();
        return sentence.tokens().get(k).start() - sentence.span().start();
    }

    /** The character offset in the sentence's text where token {@code k} ends. */
    static int end(ParsedSentence s, int k) {
        Sentence sentence = s.sentence();
        return sentence.tokens().get(k).end() - sentence.span().start();
    }
}
