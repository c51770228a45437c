package org.readout.extract.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.extract.discourse.Mention;
import org.readout.extract.grammar.Predication.Reality;
import org.readout.extract.grammar.Predication.Voice;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Predicate;
import org.readout.extract.knowledge.Predicate.PartOfSpeech;
import org.readout.extract.knowledge.Predicate.Slot;
import org.readout.extract.knowledge.Predicate.Use;
import org.readout.extract.knowledge.Predicates;
import org.readout.extract.knowledge.VerbForms.Inflection;

/**
 * Reads the predicates of a sentence (interaction verbs and nouns, light verbs with their nouns,
 * reporting verbs) with their subject and partners, over part-of-speech tags and the sentence's
 * mentions: a chunk-and-clause grammar rather than a parser.
 *
 * <p>The subject is the nearest mention before the verb group that is not inside a prepositional
 * phrase, past adverbs, time words and asides between commas (appositions, relative clauses); a
 * verb without one in a coordination takes the one before ("met X, attended a dinner ... and held
 * talks with Y"). Partners stand in the predicate's slots after it: its object, or the object of
 * "with", "to", "from", "on", "between", and "by" in the passive.
 */
public final class ClauseReader {
    private static final Pattern MONTH_WORD = Pattern.compile("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*");
    private static final Pattern TIME_NOUN = Pattern.compile("\\d+(?:st|nd|rd|th)?|" + MONTH_WORD.pattern());
    /** The auxiliaries before a participle that make a verb group passive ("was agreed", "got invited"). */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been", "be", "being", "got", "get");
    private static final int MAX_PARTNER_DISTANCE = 40;
    private static final int MAX_LIGHT_OBJECT = 10;
    private static final int MAX_NOUN_PHRASE = 10;
    private static final int MAX_NAME_WORDS = 5;
    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "here", "there", "now", "then",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
            "evening", "night", "also", "earlier", "later", "again", "once", "jointly", "separately");
    /** Adverbs of time and place that stand apart from a verb group ("met here today"). */
    private static final Set<String> DEICTIC = Set.of("today", "yesterday", "tonight", "here", "there", "now");
    private static final Set<String> CAPTION_POSITIONS = Set.of("left", "right", "center", "centre", "front", "back",
            "second", "third", "fourth", "2nd", "3rd", "4th", "from", "l", "r", "c");
    private final Predicates predicates;
    private final FunctionWords words;

    public ClauseReader(Knowledge knowledge) {
        this.predicates = knowledge.predicates();
        this.words = knowledge.functionWords();
    }

    /** Whether any word of the sentence may start a predicate: only such sentences need tags. */
    public boolean mayHavePredicates(List<org.readout.extract.text.Token> tokens) {
        for (org.readout.extract.text.Token t : tokens) {
            if (predicates.mayStart(t.text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's predicates in text order. */
    public List<Predication> read(ParsedSentence s) {
        List<Predication> out = readEach(s);
        // "..., before holding talks with X", "After meeting X, Y said": an adverbial gerund's subject is the main clause's
        for (int k = 0; k < out.size(); k++) {
            Predication p = out.get(k);
            if (p.subject().isEmpty() && isAdverbialGerund(s, p)) {
                List<Mention> main = mainSubject(out, k);
                if (!main.isEmpty()) {
                    out.set(k, p.withSubject(main, true));
                }
            }
        }
        return out;
    }

    private static List<Mention> mainSubject(List<Predication> all, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (!all.get(k).subject().isEmpty()) {
                return all.get(k).subject();
            }
        }
        for (int k = at + 1; k < all.size(); k++) {
            if (!all.get(k).subject().isEmpty()) {
                return all.get(k).subject();
            }
        }
        return List.of();
    }

    /** A verb in "-ing" after a preposition, a subordinator, a comma or at the sentence's start. */
    private boolean isAdverbialGerund(ParsedSentence s, Predication p) {
        int verb = p.verb();
        if (verb < 0 || !s.word(verb).endsWith("ing")) {
            return false;
        }
        int before = groupStart(s, verb) - 1;
        return before < 0 || s.word(before).equals(",") || s.tag(before).equals("ADP") || s.tag(before).equals("SCONJ");
    }

    private List<Predication> readEach(ParsedSentence s) {
        List<Predication> out = new ArrayList<>();
        boolean[] usedNoun = new boolean[s.size()];
        Predication previousVerb = null;
        for (int i = 0; i < s.size(); i++) {
            if (s.holding(i) != null && s.holding(i).kind() == Mention.Kind.NAME) {
                continue;
            }
            for (Predicates.Found f : predicates.at(s.lower(), i)) {
                Predication p = null;
                if (f.predicate().pos() == PartOfSpeech.VERB && isVerb(s, i, f)) {
                    p = f.predicate().use() == Use.LIGHT ? light(s, i, f, usedNoun, previousVerb)
                            : verb(s, i, f, previousVerb);
                } else if (f.predicate().pos() == PartOfSpeech.NOUN && isNoun(s, f.end() - 1) && !usedNoun[i]) {
                    p = noun(s, i, f, null);
                    java.util.Arrays.fill(usedNoun, i, f.end(), true);
                }
                if (p != null) {
                    out.add(p);
                    if (f.predicate().pos() == PartOfSpeech.VERB) {
                        previousVerb = p;
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A verb as the clause's predicate. Headlines in title case tag their verbs as proper nouns ("Wang Yi
     * Meets With ..."), and the tagger takes some past forms after a subject for adjectives ("the ministers
     * covered trade"); a participle right after a noun is the noun's ("a dinner hosted by X"), not a clause's.
     */
    private static boolean isVerb(ParsedSentence s, int i, Predicates.Found f) {
        String tag = s.tag(i);
        boolean past = f.inflection() == Inflection.PAST || f.inflection() == Inflection.PARTICIPLE;
        if (past && i > 0 && s.tag(i - 1).equals("NOUN") && f.end() < s.size() && s.word(f.end()).equals("by")) {
            return false;
        }
        return tag.equals("VERB") || tag.equals("AUX")
                || tag.equals("PROPN") && (f.inflection() == Inflection.PRESENT || f.inflection() == Inflection.PAST)
                || tag.equals("ADJ") && f.inflection() == Inflection.PAST && i > 0
                && (s.tag(i - 1).equals("NOUN") || s.tag(i - 1).equals("PROPN") || s.tag(i - 1).equals("PRON"));
    }

    private static boolean isNoun(ParsedSentence s, int i) {
        String tag = s.tag(i);
        // the tagger takes a word between quotation marks for punctuation ('a "quick chat"')
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("X") || tag.equals("ADJ")
                || tag.equals("PUNCT") && s.sentence().tokens().get(i).isWord();
    }

    private Predication verb(ParsedSentence s, int i, Predicates.Found f, Predication previous) {
        int groupStart = groupStart(s, i);
        Voice voice = isPassive(s, groupStart, i, f) ? Voice.PASSIVE : Voice.ACTIVE;
        Reality reality = verbReality(s, groupStart, i, f.inflection());
        if (reality == Reality.REAL && groupStart == i) {
            reality = coordinatedReality(s, groupStart); // "will meet and discuss with X"
        }
        List<Phrase> unnamed = new ArrayList<>();
        List<Mention> subject = subjectBefore(s, groupStart, unnamed);
        boolean inherited = false;
        if (subject.isEmpty() && previous != null && coordinated(s, previous.end(), groupStart)) {
            subject = previous.subject();
            inherited = true;
            if (reality == Reality.REAL && groupStart == i) {
                reality = previous.reality();
            }
        }
        if (subject.isEmpty() && groupStart >= 2 && s.word(groupStart).equals("to")
                && words.is(s.word(groupStart - 1), FunctionWords.Kind.EVALUATIVE)) {
            // "Good to meet FM X": the writer met X
            subject = List.of(writer(groupStart - 1));
        } else if (subject.isEmpty() && opensSentence(s, groupStart) && s.sentence().tokens().get(i).isCapitalized()
                && (f.inflection() == Inflection.PAST || f.inflection() == Inflection.PRESENT)) {
            // a post's "Discussed our cooperation with X", "Met X today": the writer
            subject = List.of(writer(i));
        }
        Set<Slot> slots = f.predicate().use() == Use.REPORTING ? Set.of(Slot.OBJECT) : f.predicate().partners();
        List<Mention> partners = new ArrayList<>();
        if (voice == Voice.PASSIVE) {
            partners.addAll(slot(s, f.end(), Set.of(Slot.BY), false, unnamed));
            partners.addAll(slot(s, f.end(), without(slots, Slot.OBJECT), false, unnamed));
        } else {
            // "called on X": the particle is the slot's preposition, so X stands right after the phrase
            Slot particle = f.predicate().words().size() > 1 ? slotOf(f.predicate().words().get(f.predicate().words().size() - 1)) : null;
            boolean object = slots.contains(Slot.OBJECT) || particle != null && slots.contains(particle);
            partners.addAll(slot(s, f.end(), slots, object, unnamed));
        }
        if (f.predicate().use() == Use.INTERACTION && f.predicate().words().get(0).equals("call") && !partners.isEmpty()
                && urges(s, partners.get(partners.size() - 1).end())) {
            return null; // "called on Pakistan to act": asked, did not meet
        }
        return new Predication(f.predicate(), i, f.end(), voice, reality, subject, inherited, partners, unnamed, i);
    }

    /** The writer of a post or remarks, standing where the text leaves the subject out. */
    private static Mention writer(int at) {
        return new Mention(at, at + 1, Mention.Kind.PRONOUN, Mention.NO_PERSON, List.of(), FunctionWords.Kind.I, null);
    }

    /** Only quotation marks and punctuation before {@code k}. */
    private static boolean opensSentence(ParsedSentence s, int k) {
        for (int j = 0; j < k; j++) {
            if (s.sentence().tokens().get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** "to" and a verb after the object: the verb asks the object to act. */
    private static boolean urges(ParsedSentence s, int afterObject) {
        return afterObject + 1 < s.size() && s.word(afterObject).equals("to") && s.tag(afterObject + 1).equals("VERB");
    }

    private static Set<Slot> without(Set<Slot> slots, Slot slot) {
        java.util.EnumSet<Slot> copy = slots.isEmpty() ? java.util.EnumSet.noneOf(Slot.class) : java.util.EnumSet.copyOf(slots);
        copy.remove(slot);
        return copy;
    }

    /** A light verb with the interaction noun of its object: "held wide-ranging talks with X". */
    private Predication light(ParsedSentence s, int i, Predicates.Found f, boolean[] usedNoun, Predication previous) {
        int limit = Math.min(s.size(), f.end() + MAX_LIGHT_OBJECT);
        for (int k = f.end(); k < limit; k++) {
            for (Predicates.Found n : predicates.at(s.lower(), k)) {
                // the light verb says its object is a noun, whatever the tagger thought ("started talks", "a telephone call")
                if (n.predicate().pos() == PartOfSpeech.NOUN && n.predicate().use() == Use.INTERACTION) {
                    java.util.Arrays.fill(usedNoun, k, n.end(), true);
                    Predication verb = verb(s, i, f, previous);
                    return noun(s, k, n, verb);
                }
            }
            String tag = s.tag(k);
            if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("SCONJ") || s.word(k).equals(";")
                    || s.word(k).equals("that") || s.holding(k) != null && s.holding(k).kind() == Mention.Kind.NAME) {
                return null;
            }
        }
        return null;
    }

    /** An interaction noun, standing alone ("their meeting with X") or carried by a light verb. */
    private Predication noun(ParsedSentence s, int i, Predicates.Found f, Predication light) {
        List<Phrase> unnamed = new ArrayList<>(light == null ? List.of() : light.unnamed());
        List<Mention> partners = new ArrayList<>(slot(s, f.end(), f.predicate().partners(), false, unnamed));
        int npStart = nounPhraseStart(s, i);
        if (partners.isEmpty() && npStart > 0 && light == null) {
            // "the Kishida-Wang talks", "Modi's meeting": the parties stand before the noun
            Mention possessor = s.holding(npStart);
            if (possessor != null && possessor.kind() != Mention.Kind.PRONOUN) {
                partners.add(possessor);
            }
        }
        Reality reality = light != null && light.reality() != Reality.REAL ? light.reality() : nounReality(s, npStart, i);
        List<Mention> subject;
        boolean inherited = false;
        if (light != null) {
            subject = light.subject();
            inherited = light.inherited();
        } else {
            Mention owner = s.holding(npStart);
            subject = owner != null && owner.kind() == Mention.Kind.PRONOUN ? List.of(owner) : List.of();
        }
        Voice voice = light != null && light.predicate().words().get(0).equals("receive") ? Voice.PASSIVE : Voice.ACTIVE;
        return new Predication(f.predicate(), i, f.end(), voice, reality, subject, inherited, partners, unnamed,
                light == null ? -1 : light.verb());
    }

    /** The first token of the noun phrase ending at {@code i}: back over determiners, modifiers, possessors. */
    private static int nounPhraseStart(ParsedSentence s, int i) {
        int k = i;
        while (k > 0) {
            String tag = s.tag(k - 1);
            if (tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM")
                    || tag.equals("PRON") && (s.word(k - 1).equals("his") || s.word(k - 1).equals("her")
                    || s.word(k - 1).equals("their") || s.word(k - 1).equals("its") || s.word(k - 1).equals("our"))
                    || s.word(k - 1).equals("-") || tag.equals("PART") && s.word(k - 1).contains("'")) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /** The first token of the verb group ending at the verb: auxiliaries, negators, adverbs, "to". */
    private static int groupStart(ParsedSentence s, int verb) {
        int k = verb;
        while (k > 0) {
            String tag = s.tag(k - 1);
            String w = s.word(k - 1);
            if (tag.equals("AUX") || tag.equals("ADV") && !DEICTIC.contains(w)
                    || tag.equals("PART") && (w.equals("not") || w.equals("n't") || w.equals("to"))
                    || isQuote(w) && k > 1 && s.tag(k - 2).equals("AUX")) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    private static boolean isQuote(String w) {
        return w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("‘") || w.equals("’");
    }

    private boolean isPassive(ParsedSentence s, int groupStart, int verb, Predicates.Found f) {
        if (f.inflection() != Inflection.PARTICIPLE && f.inflection() != Inflection.PAST) {
            return false;
        }
        for (int k = groupStart; k < verb; k++) {
            if (isPassiveAuxiliary(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word, standing in a participle's verb group, makes it passive. */
    public static boolean isPassiveAuxiliary(String lowerWord) {
        return PASSIVE_AUXILIARIES.contains(lowerWord);
    }

    private Reality verbReality(ParsedSentence s, int groupStart, int verb, Inflection inflection) {
        for (int k = groupStart; k < verb; k++) {
            String w = s.word(k);
            if (words.is(w, FunctionWords.Kind.NEGATION)) {
                return Reality.NEGATED;
            }
            if (words.is(w, FunctionWords.Kind.FUTURE)) {
                return Reality.PLANNED;
            }
            if (words.is(w, FunctionWords.Kind.UNREAL)) {
                return Reality.UNREAL;
            }
            if (w.equals("to")) {
                return k > 0 && words.is(s.word(k - 1), FunctionWords.Kind.EVALUATIVE) ? Reality.REAL : Reality.PLANNED;
            }
            if (w.equals("had") && (inflection == Inflection.PARTICIPLE || inflection == Inflection.PAST)) {
                return Reality.PAST;
            }
            if ((w.equals("has") || w.equals("have")) && (inflection == Inflection.PARTICIPLE || inflection == Inflection.PAST)) {
                return Reality.PERFECT;
            }
            if (w.equals("first") && inflection == Inflection.PAST) {
                return Reality.PAST; // "he first met Anwar when both were ministers"
            }
        }
        if (inflection == Inflection.GERUND && groupStart > 0) {
            int before = words.endingAt(s.lower(), groupStart, FunctionWords.Kind.BEFORE);
            if (before > 0 || s.word(groupStart - 1).equals("to") || s.word(groupStart - 1).equals("for")) {
                return Reality.PLANNED;
            }
        }
        return Reality.REAL;
    }

    /**
     * Whether a noun's meeting happened: "the upcoming summit", "their previous meeting", "ahead of the
     * talks"; else as the verb that governs it ("plan to meet at a summit", "to prepare for an April summit").
     */
    private Reality nounReality(ParsedSentence s, int npStart, int noun) {
        for (int k = npStart; k < noun; k++) {
            if (words.is(s.word(k), FunctionWords.Kind.BEFORE)) {
                return Reality.PLANNED;
            }
            if (words.is(s.word(k), FunctionWords.Kind.PAST)) {
                return Reality.PAST;
            }
        }
        if (npStart > 0 && words.endingAt(s.lower(), npStart, FunctionWords.Kind.BEFORE) > 0) {
            return Reality.PLANNED;
        }
        return governingReality(s, npStart);
    }

    /** The reality of the nearest verb before {@code start} in the same clause; real when there is none. */
    private Reality governingReality(ParsedSentence s, int start) {
        for (int k = start - 1; k >= 0; k--) {
            String w = s.word(k);
            String tag = s.tag(k);
            if (w.equals(";") || w.equals(":") || tag.equals("SCONJ") || words.is(w, FunctionWords.Kind.RELATIVE)
                    || w.equals(",") && k + 1 < s.size() && !s.tag(k + 1).equals("ADP")) {
                return Reality.REAL;
            }
            if (tag.equals("VERB")) {
                int group = groupStart(s, k);
                Inflection inflection = w.endsWith("ing") ? Inflection.GERUND : Inflection.BASE;
                Reality r = verbReality(s, group, k, inflection);
                return r == Reality.PERFECT || r == Reality.PAST ? Reality.REAL : r;
            }
        }
        return Reality.REAL;
    }

    /** Whether only "and", commas and adverbs stand between the previous predicate's arguments and this verb. */
    private static boolean coordinated(ParsedSentence s, int previousEnd, int groupStart) {
        for (int k = groupStart - 1; k >= previousEnd; k--) {
            String w = s.word(k);
            if (w.equals("and") || w.equals(",") || w.equals("then") || w.equals("also") || w.equals("later")) {
                return true;
            }
            if (s.tag(k).equals("VERB") || s.tag(k).equals("AUX") || s.tag(k).equals("SCONJ") || w.equals(";")
                    || w.equals("who") || w.equals("which") || w.equals("where") || w.equals("when")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The subject of the verb group starting at {@code groupStart}: the nearest mention before it that
     * is not inside a prepositional phrase, past adverbs, time words and asides between commas, with
     * the mentions conjoined to it. Empty when the subject is a noun phrase naming no party or when a
     * clause boundary comes first.
     */
    List<Mention> subjectBefore(ParsedSentence s, int groupStart, List<Phrase> unnamed) {
        return subjectBefore(s, groupStart, unnamed, 0);
    }

    private List<Mention> subjectBefore(ParsedSentence s, int groupStart, List<Phrase> unnamed, int depth) {
        int i = groupStart - 1;
        while (i >= 0) {
            String w = s.word(i);
            String tag = s.tag(i);
            Mention m = s.endingAt(i + 1);
            if (m != null && !isPossessiveDeterminer(m)) {
                int before = m.start() - 1;
                List<Mention> leaders = conjoined(s, m);
                int first = leaders.get(0).start();
                // "the Indian delegation led by X and Y met ...": the delegation's leaders
                if (first >= 2 && s.word(first - 1).equals("by") && words.is(s.word(first - 2), FunctionWords.Kind.LEADING)) {
                    return leaders;
                }
                if (before >= 0 && isPreposition(s, before)) {
                    i = before - 1;
                    continue;
                }
                return leaders;
            }
            if (w.equals(",")) {
                // "The Indian Minister of State, Kirti Vardhan Singh, welcomed her": the aside is inside the name
                Mention named = s.endingAt(i);
                if (named != null && named.kind() == Mention.Kind.NAME && s.holding(previousComma(s, i)) == named) {
                    return conjoined(s, named);
                }
                int asideStart = asideStart(s, i);
                if (asideStart < 0) {
                    return List.of();
                }
                i = asideStart - 1;
                continue;
            }
            if (TIME_WORDS.contains(w) || tag.equals("ADV") || tag.equals("PART") || w.equals("(") || w.equals(")")
                    || w.equals("“") || w.equals("”") || w.equals("\"") || tag.equals("NUM")) {
                i--;
                continue;
            }
            if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("DET")) {
                int start = nounPhraseStart(s, i);
                if (start > 0 && isPreposition(s, start - 1)) {
                    i = start - 2;
                    continue;
                }
                if (isTimePhrase(s, start, i)) {
                    int time = lastTimeWord(s, start, i);
                    // "Last Thursday Dimitri Medveded, ..., was received": the name after the time words
                    java.util.Optional<Phrase> named = time < i ? properNouns(s, time + 1, i + 1) : java.util.Optional.empty();
                    if (named.isPresent() && named.get().start() == time + 1) {
                        unnamed.add(named.get());
                        return List.of();
                    }
                    i = start - 1;
                    continue;
                }
                properNouns(s, start, i + 1).ifPresent(unnamed::add);
                return List.of();
            }
            if (tag.equals("ADP")) {
                i--;
                continue;
            }
            if (w.equals("and") && depth == 0) {
                // "X visited Japan ... and held a meeting with Y": the subject of the verb before
                int verb = previousVerb(s, i);
                if (verb >= 0) {
                    return subjectBefore(s, groupStart(s, verb), unnamed, depth + 1);
                }
            }
            return List.of();
        }
        return List.of();
    }

    /** The reality of the verb this one is coordinated with ("will meet and discuss"), real when none. */
    private Reality coordinatedReality(ParsedSentence s, int groupStart) {
        if (groupStart == 0 || !(s.word(groupStart - 1).equals("and") || s.word(groupStart - 1).equals("or"))) {
            return Reality.REAL;
        }
        int verb = groupStart - 2;
        if (verb < 0 || !(s.tag(verb).equals("VERB") || s.tag(verb).equals("AUX"))) {
            return Reality.REAL;
        }
        Inflection inflection = s.word(verb).endsWith("ing") ? Inflection.GERUND : Inflection.BASE;
        Reality r = verbReality(s, groupStart(s, verb), verb, inflection);
        return r == Reality.PLANNED || r == Reality.UNREAL || r == Reality.NEGATED ? r : Reality.REAL;
    }

    /** The nearest verb before {@code from} in the same clause, or -1. */
    private int previousVerb(ParsedSentence s, int from) {
        for (int k = from - 1; k >= 0 && k > from - MAX_PARTNER_DISTANCE; k--) {
            String w = s.word(k);
            if (w.equals(";") || w.equals(":") || s.tag(k).equals("SCONJ") || words.is(w, FunctionWords.Kind.RELATIVE)) {
                return -1;
            }
            if (s.tag(k).equals("VERB") && isFinite(s, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isPossessiveDeterminer(Mention m) {
        return m.pronoun() == FunctionWords.Kind.POSSESSIVE_SINGULAR || m.pronoun() == FunctionWords.Kind.POSSESSIVE_PLURAL;
    }

    private static boolean isPreposition(ParsedSentence s, int k) {
        String w = s.word(k);
        return s.tag(k).equals("ADP") && !w.equals("than") || w.equals("of") || w.equals("by") || w.equals("with");
    }

    private static boolean isTimePhrase(ParsedSentence s, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (TIME_WORDS.contains(s.word(k)) || MONTH_WORD.matcher(s.word(k)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static int lastTimeWord(ParsedSentence s, int start, int end) {
        int last = start;
        for (int k = start; k <= end; k++) {
            if (isTimeNoun(s.word(k))) {
                last = k;
            }
        }
        return last;
    }

    private static int previousComma(ParsedSentence s, int comma) {
        int k = comma - 1;
        while (k >= 0 && !s.word(k).equals(",")) {
            k--;
        }
        return Math.max(k, 0);
    }

    /**
     * The first token of the aside that the comma at {@code comma} closes (", who is on a visit ,"
     * ", chairman of the party ,"), or -1 when what stands before the comma is a clause of its own.
     */
    private int asideStart(ParsedSentence s, int comma) {
        int k = comma - 1;
        while (k >= 0 && !s.word(k).equals(",")) {
            k--;
        }
        if (k < 0) {
            return -1;
        }
        int first = k + 1;
        if (first >= comma || isPosition(s, first, comma)) {
            return k;
        }
        String w = s.word(first);
        String tag = s.tag(first);
        boolean relative = words.is(w, FunctionWords.Kind.RELATIVE);
        boolean nominal = tag.equals("NOUN") || tag.equals("DET") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("NUM");
        boolean adverbial = tag.equals("ADP") || tag.equals("ADV") || tag.equals("VERB") && !isFinite(s, first);
        if (!relative && !nominal && !adverbial) {
            return -1;
        }
        if (!relative) {
            for (int j = first; j < comma; j++) {
                if (words.is(s.word(j), FunctionWords.Kind.RELATIVE) && j > first) {
                    break; // ", Prime Minister of Russia who visits the island ,": a relative clause ends the aside
                }
                if (isFinite(s, j) && j > first) {
                    return -1;
                }
            }
        }
        return k;
    }

    /** A caption's place in the picture: ", left ,", ", second right ,". */
    private static boolean isPosition(ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!CAPTION_POSITIONS.contains(s.word(k))) {
                return false;
            }
        }
        return true;
    }

    // A past or present verb form that is not a participle after a noun: good enough to tell a clause.
    private static boolean isFinite(ParsedSentence s, int k) {
        String tag = s.tag(k);
        if (tag.equals("AUX")) {
            return true;
        }
        if (!tag.equals("VERB")) {
            return false;
        }
        String w = s.word(k);
        return !w.endsWith("ing") && !(k > 0 && (s.tag(k - 1).equals("NOUN") || s.tag(k - 1).equals("PROPN")) && w.endsWith("ed"));
    }

    /** The mention with the mentions conjoined before it: "A and B", "A, B and C", "both A and B". */
    private static List<Mention> conjoined(ParsedSentence s, Mention last) {
        List<Mention> out = new ArrayList<>();
        last = appositionHead(s, last);
        out.add(last);
        int start = last.start();
        boolean sawAnd = false;
        while (start >= 2) {
            int at = start;
            if (s.word(at - 1).equals("the") && at >= 3) {
                at--; // "A and The Hon B"
            }
            String link = s.word(at - 1);
            boolean and = link.equals("and") || link.equals("&");
            if (!and && !(link.equals(",") && sawAnd)) {
                break;
            }
            int linkStart = and && s.word(at - 2).equals(",") ? at - 2 : at - 1; // ", and"
            Mention before = s.endingAt(linkStart);
            if (before == null || before.kind() == Mention.Kind.PRONOUN || before.kind() == Mention.Kind.RELATIVE
                    || before.start() > 0 && isPreposition(s, before.start() - 1)) {
                break;
            }
            before = appositionHead(s, before);
            out.add(0, before);
            sawAnd |= and;
            start = before.start();
        }
        return out;
    }

    /** "Shinzo Abe, Prime Minister of Japan": an office after a name and a comma stands for the name. */
    private static Mention appositionHead(ParsedSentence s, Mention m) {
        if (m.kind() == Mention.Kind.DESCRIPTION && m.start() >= 2 && s.word(m.start() - 1).equals(",")) {
            int end = m.start() - 1;
            // "The Hon Scott Morrison MP, Prime Minister of Australia": letters after a name
            if (end > 1 && s.endingAt(end) == null && s.word(end - 1).length() <= 3 && s.sentence().tokens().get(end - 1).isCapitalized()) {
                end--;
            }
            Mention name = s.endingAt(end);
            if (name != null && name.kind() == Mention.Kind.NAME) {
                return name;
            }
        }
        return m;
    }

    /**
     * The mentions in the predicate's slots after {@code from}: its object when {@code object}, and the
     * objects of the slot prepositions, up to the end of the clause.
     */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "regarding", "concerning");

    private List<Mention> slot(ParsedSentence s, int from, Set<Slot> slots, boolean object, List<Phrase> unnamed) {
        List<Mention> out = new ArrayList<>();
        Set<Slot> filled = java.util.EnumSet.noneOf(Slot.class);
        int limit = Math.min(s.size(), from + MAX_PARTNER_DISTANCE);
        boolean objectOpen = object;
        for (int k = from; k < limit; k++) {
            String w = s.word(k);
            String tag = s.tag(k);
            // the tagger takes "by" before a title for a conjunction ("received by Army General Raul Castro")
            if (w.equals(";") || w.equals(":") || tag.equals("SCONJ") && slotOf(w) == null || w.equals("that") && k > from
                    || words.is(w, FunctionWords.Kind.RELATIVE) && k > from) {
                break;
            }
            if (isFinite(s, k) && k > from && !(tag.equals("VERB") && k + 1 < s.size() && s.word(k + 1).equals("by"))) {
                break;
            }
            Mention m = s.startingAt(k);
            if (objectOpen && m != null && !isPossessiveDeterminer(m)) {
                out.addAll(conjoinedAfter(s, m));
                return out;
            }
            if (objectOpen && !(TIME_WORDS.contains(w) || tag.equals("ADV") || tag.equals("ADP") && (w.equals("on") || w.equals("in"))
                    || isTimeNoun(w))) {
                objectOpen = false;
                java.util.Optional<Phrase> bare = properNouns(s, k, nounPhraseEnd(s, k));
                if (bare.isPresent()) {
                    unnamed.add(bare.get());
                    return out;
                }
            }
            if (TOPIC_PREPOSITIONS.contains(w)) {
                // "talked about Zelenskiy's visit to the United States": a "to" or "from" in the topic is the topic's
                filled.add(Slot.TO);
                filled.add(Slot.FROM);
            }
            Slot slot = slotOf(w);
            if (slot != null && slots.contains(slot) && k + 1 < s.size() && !filled.contains(slot)) {
                Mention next = firstInNounPhrase(s, k + 1);
                if (next != null) {
                    out.addAll(conjoinedAfter(s, next));
                    return out;
                }
                java.util.Optional<Phrase> bare = properNouns(s, k + 1, nounPhraseEnd(s, k + 1));
                if (bare.isPresent()) {
                    unnamed.add(bare.get());
                    return out;
                }
                filled.add(slot); // "speaking to reporters": the slot holds no party, and no later "to" is the predicate's
            }
        }
        return out;
    }

    /**
     * The party a noun phrase starting at {@code start} names: its first person mention ("the Foreign
     * Minister of the Netherlands Wopke Hoekstra"), else its state ("Japan").
     */
    private static Mention firstInNounPhrase(ParsedSentence s, int start) {
        Mention state = null;
        for (int k = start; k < s.size() && k < start + MAX_NOUN_PHRASE; k++) {
            Mention m = s.startingAt(k);
            if (m != null && !isPossessiveDeterminer(m)) {
                if (m.kind() == Mention.Kind.DESCRIPTION) {
                    Mention named = nameAfter(s, m.end());
                    return named != null ? named : m;
                }
                if (m.kind() != Mention.Kind.STATE) {
                    return m;
                }
                state = state == null ? m : state;
                k = m.end() - 1;
                continue;
            }
            String tag = s.tag(k);
            boolean inside = tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN")
                    || tag.equals("NUM") || s.word(k).equals("of") || m != null
                    || tag.equals("VERB") && s.word(k).endsWith("ing") && k + 1 < s.size() && !s.tag(k + 1).equals("ADP");
            if (!inside) {
                break;
            }
        }
        return state;
    }

    /** The end of the noun phrase that starts at {@code start}. */
    private static int nounPhraseEnd(ParsedSentence s, int start) {
        int k = start;
        while (k < s.size()) {
            String tag = s.tag(k);
            if (tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM")
                    || s.word(k).equals("-")) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** The run of capitalised proper nouns that ends the phrase from {@code start} to {@code end}, if there is one. */
    private static java.util.Optional<Phrase> properNouns(ParsedSentence s, int start, int end) {
        int k = end;
        while (k > start && s.tag(k - 1).equals("PROPN") && s.sentence().tokens().get(k - 1).isCapitalized()
                && s.holding(k - 1) == null) {
            k--;
        }
        return k < end && end - k <= MAX_NAME_WORDS ? java.util.Optional.of(new Phrase(k, end)) : java.util.Optional.empty();
    }

    /**
     * "the Vice President of the United States (USA), H.E Kamala Harris": the name an office stands before,
     * past its state, brackets, a comma and honorific letters; null if none.
     */
    private static Mention nameAfter(ParsedSentence s, int from) {
        int titleWords = 0;
        for (int k = from; k < s.size() && k < from + MAX_NOUN_PHRASE; k++) {
            Mention m = s.startingAt(k);
            if (m != null && m.kind() == Mention.Kind.NAME) {
                return m;
            }
            if (m != null && m.kind() == Mention.Kind.STATE) {
                k = m.end() - 1;
                continue;
            }
            String w = s.word(k);
            boolean capitalized = s.sentence().tokens().get(k).isCapitalized();
            // "..., Army General Raul Castro": a rank the titles do not list, before the name
            titleWords += capitalized && w.length() > 2 ? 1 : 0;
            boolean between = w.equals(",") || w.equals("(") || w.equals(")") || w.equals(".") || w.equals("of") || w.equals("the")
                    || w.length() <= 2 && capitalized || capitalized && titleWords <= 2;
            if (!between) {
                return null;
            }
        }
        return null;
    }

    private static boolean isTimeNoun(String w) {
        return TIME_WORDS.contains(w) || TIME_NOUN.matcher(w).matches();
    }

    private static Slot slotOf(String w) {
        return switch (w) {
            case "with" -> Slot.WITH;
            case "to" -> Slot.TO;
            case "from" -> Slot.FROM;
            case "on" -> Slot.ON;
            case "between" -> Slot.BETWEEN;
            case "by" -> Slot.BY;
            default -> null;
        };
    }

    /** The mention with those conjoined after it: "X and Y", "X, Y and Z"; an apposition is not a conjunct. */
    private static List<Mention> conjoinedAfter(ParsedSentence s, Mention first) {
        List<Mention> out = new ArrayList<>();
        out.add(first);
        int end = ownState(s, first);
        while (end + 1 < s.size()) {
            String link = s.word(end);
            int next = end + 1;
            if (link.equals(",") && s.word(next).equals("and") && next + 1 < s.size()) {
                link = "and"; // ", and" before the last of a list
                next++;
            }
            if (link.equals("and") || link.equals("&")) {
                Mention m = firstInNounPhrase(s, next); // "and his visiting Pakistani counterpart X"
                if (m == null || m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.RELATIVE) {
                    break;
                }
                out.add(m);
                end = ownState(s, m);
            } else if (link.equals(",") && s.startingAt(next) != null && s.startingAt(next).kind() == Mention.Kind.NAME
                    && listContinues(s, ownState(s, s.startingAt(next)))) {
                Mention m = s.startingAt(next);
                out.add(m);
                end = ownState(s, m);
            } else {
                break;
            }
        }
        return out;
    }

    /** The end of a name with the "of Country" after it ("Melvin Bouva of Suriname"), else the name's end. */
    private static int ownState(ParsedSentence s, Mention m) {
        if (m.kind() == Mention.Kind.NAME && m.end() + 1 < s.size() && s.word(m.end()).equals("of")) {
            Mention state = s.startingAt(m.end() + 1);
            if (state != null && state.kind() == Mention.Kind.STATE) {
                return state.end();
            }
        }
        return m.end();
    }

    private static boolean listContinues(ParsedSentence s, int end) {
        return end < s.size() && (s.word(end).equals(",") || s.word(end).equals("and"));
    }
}
