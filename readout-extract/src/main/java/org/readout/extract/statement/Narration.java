package org.readout.extract.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.readout.extract.discourse.Discourse;
import org.readout.extract.discourse.Mention;
import org.readout.extract.discourse.Referent;
import org.readout.extract.grammar.ParsedSentence;
import org.readout.extract.grammar.Predication;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Predicate;

/**
 * Tells the reporter's lines from a speaker's: narration of what happened ("He embraced Wang Yi", "X held
 * talks with Y"), lines that only tell a meeting ("Good to meet FM X"), contentless talk ("exchanged views
 * on issues of common concern"), and what still reads as speech ("we", "the two sides should").
 */
final class Narration {
    private final FunctionWords words;
    private final FrameReader frames;
    /** Every form of the predicates' verbs. */
    private final Set<String> verbForms = new HashSet<>();

    Narration(Knowledge knowledge, FrameReader frames) {
        this.words = knowledge.functionWords();
        this.frames = frames;
        for (Predicate p : knowledge.predicates().all()) {
            if (p.pos() == Predicate.PartOfSpeech.VERB) {
                verbForms.addAll(knowledge.predicates().verbs().allForms(p.words().get(0)));
            }
        }
    }

    /**
     * Whether the sentence tells what happened: persons or both sides met ("X held talks with Y"), a person did
     * something ("He embraced Wang Yi", "The Prime Minister is scheduled to ..."), or a state or the parties did
     * something in the past ("Kathmandu published a new map"). A person's words come with a frame; a state's or
     * both sides' often stand alone in a speaker's turn ("China is willing to ...", "The two sides should ...").
     */
    boolean tellsWhatHappened(ParsedSentence ps, List<Predication> preds, Discourse discourse, int index) {
        for (Predication p : preds) {
            if (p.predicate().use() == Predicate.Use.INTERACTION && !frames.reports(p)
                    && (p.reality() == Predication.Reality.REAL || p.reality() == Predication.Reality.PAST)
                    && meets(discourse.of(index, p.subject()), ps.word(p.head()))) {
                return true;
            }
        }
        for (int k = 1; k < ps.size(); k++) {
            if (ps.tag(k).equals("VERB") || ps.tag(k).equals("AUX")) {
                return partyActs(ps, k);
            }
        }
        return false;
    }

    /**
     * Whether a subordinator stands between {@code from} and the verb: "congratulated each other when they met"
     * ("said that X received Y" is what was said).
     */
    private boolean subordinate(ParsedSentence ps, int from, int head) {
        for (int k = from; k < head; k++) {
            String w = ps.word(k);
            if (ps.tag(k).equals("SCONJ") && !w.equals("that") || words.is(w, FunctionWords.Kind.RELATIVE) || w.equals("when")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A meeting noun told of a party: "held a telephone talk with X", "his meeting with X"; not the first person's
     * "We had a very good meeting", which tells how it went.
     */
    private static boolean toldMeeting(Predication p) {
        if (p.subject().isEmpty() || p.subject().stream().anyMatch(m -> m.pronoun() == FunctionWords.Kind.WE
                || m.pronoun() == FunctionWords.Kind.I)) {
            return false;
        }
        boolean possessive = p.subject().stream().anyMatch(Clauses::isPossessive);
        return !possessive || !p.partners().isEmpty();
    }

    /** Persons meeting, or a state in the past: "China welcomes X to attend the summit" invites. */
    private static boolean meets(Referent subject, String verb) {
        return !subject.persons().isEmpty() || subject.both() || !subject.isEmpty() && verb.endsWith("ed");
    }

    /** {@link #meets}, or the writer of a post whose subject the text leaves out ("Met FM X today"). */
    private static boolean meetsOrMet(ParsedSentence ps, Predication p, Referent subject) {
        return subject.isEmpty() || meets(subject, ps.word(p.head()));
    }

    /** Whether the sentence's first verb, at {@code verb}, tells what a party did. */
    private static boolean partyActs(ParsedSentence ps, int verb) {
        int j = verb - 1;
        while (j > 0 && ps.tag(j).equals("ADV")) {
            j--;
        }
        Mention m = ps.endingAt(j + 1);
        if (m == null || m.kind() == Mention.Kind.RELATIVE || m.pronoun() == FunctionWords.Kind.WE
                || m.pronoun() == FunctionWords.Kind.I || Clauses.isPossessive(m)) {
            return false;
        }
        if (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DESCRIPTION
                || m.pronoun() == FunctionWords.Kind.HE || m.pronoun() == FunctionWords.Kind.SHE) {
            return true;
        }
        // regular past forms and the past of "be" and "do"; "need", "proceed" are no past
        String w = ps.word(verb);
        return ps.tag(verb).equals("VERB") && w.endsWith("ed") && !w.endsWith("eed")
                || w.equals("was") || w.equals("were") || w.equals("did");
    }

    /**
     * Whether the tokens from {@code from} to {@code to} only tell that parties met: a meeting told as real
     * ("Blinken received Wang Yi", "Good to meet FM X", "held a telephone talk with X", "tweeted about his meeting
     * with X") and
     * nothing reported about it ("called his trip a success" reports: "call" is no meeting with "his").
     */
    boolean onlyMeets(ParsedSentence ps, List<Predication> preds, Discourse discourse, int index, int from, int to) {
        boolean met = false;
        for (Predication p : preds) {
            if (p.head() < from || p.head() >= to) {
                continue;
            }
            if (frames.reports(p)) {
                return false;
            }
            met |= p.predicate().use() == Predicate.Use.INTERACTION && p.reality() == Predication.Reality.REAL
                    && !subordinate(ps, from, p.head())
                    && (p.predicate().pos() == Predicate.PartOfSpeech.VERB ? meetsOrMet(ps, p, discourse.of(index, p.subject()))
                    : toldMeeting(p));
        }
        return met;
    }

    /** A frame's line that names only generic matters: "The two sides also exchanged views on issues of common concern." */
    static boolean contentless(ParsedSentence ps, Frame f) {
        return f.contentAt() > 0 && onlyGenericWords(ps, f.contentAt());
    }

    /** A line of a talk about generic matters alone: "Discussed bilateral matters of mutual interest." */
    boolean contentless(ParsedSentence ps, List<Predication> preds) {
        for (Predication p : preds) {
            if (frames.reports(p) && p.predicate().use() == Predicate.Use.INTERACTION) {
                return onlyGenericWords(ps, Clauses.end(ps, p.end() - 1));
            }
        }
        return false;
    }

    private static boolean onlyGenericWords(ParsedSentence ps, int from) {
        int words = 0;
        for (int k = 0; k < ps.size(); k++) {
            String w = ps.word(k);
            if (Clauses.offset(ps, k) >= from && Character.isLetter(w.charAt(0))) {
                words++;
                if (!GenericWords.is(w)) {
                    return false;
                }
            }
        }
        return words > 0;
    }

    /**
     * A quotation, the first person, or a party with a modal ("the two sides should", "Vietnam will"): words
     * that are someone's rather than the reporter's ("The war will dominate the agenda" is the reporter's).
     */
    boolean readsAsSpeech(ParsedSentence ps) {
        if (Quotations.opensWithQuote(ps.sentence().text())) {
            return true;
        }
        boolean party = false;
        for (int k = 0; k < ps.size(); k++) {
            String w = ps.word(k);
            if (words.is(w, FunctionWords.Kind.WE) || words.is(w, FunctionWords.Kind.I) || w.equals("our") || w.equals("my")) {
                return true;
            }
            party |= ps.holding(k) != null && ps.holding(k).kind() != Mention.Kind.RELATIVE;
            if (party && (words.is(w, FunctionWords.Kind.FUTURE) || words.is(w, FunctionWords.Kind.UNREAL))) {
                return true;
            }
        }
        return false;
    }

    /** A verb by its tag, or a form of a verb the predicates know (the tagger takes "supports" for a noun at times). */
    boolean hasVerb(ParsedSentence ps) {
        return ps.tags().contains("VERB") || ps.tags().contains("AUX") || ps.lower().stream().anyMatch(verbForms::contains);
    }

    /** Whether the text ends as a sentence does: not a headline, a caption or a menu. */
    static boolean endsAsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?…:;)'’″".indexOf(last) >= 0 || Quotations.isQuoteMark(last);
    }
}
