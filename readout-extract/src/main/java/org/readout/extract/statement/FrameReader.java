package org.readout.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readout.extract.discourse.Discourse;
import org.readout.extract.discourse.Mention;
import org.readout.extract.discourse.Referent;
import org.readout.extract.grammar.ParsedSentence;
import org.readout.extract.grammar.Predication;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Predicate;
import org.readout.extract.knowledge.VerbForms;
import org.readout.extract.person.CountryWords;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.Token;

/**
 * Finds who a sentence says is speaking, from the clause grammar's reporting predicates (and the
 * interaction verbs that also tell what was talked about: "discussed", "exchanged views"): their
 * subject as the discourse resolves it ("Wang Yi said", "he added", "the two sides agreed", "Japan
 * said"), the subject after the verb ("..., said Xi"), "according to X", the talks themselves ("the
 * talks covered ..." is both sides'), a meeting's purpose ("met X to discuss ..."), or the state of a
 * source ("a Russian source said"). A frame closing the sentence ("..., Modi said") wins; else the
 * earliest, except that what both sides did is theirs even when one of them tells it ("Suga said they
 * agreed ...").
 */
final class FrameReader {
    /** How far after a verb of saying the reported clause's subject may start: "told reporters that they ...". */
    private static final int MAX_REPORTED_SUBJECT_OFFSET = 4;
    /** Auxiliaries and adverbs before a verb: "to have also been". */
    private static final int MAX_VERB_GROUP = 4;
    /** Lemmas of the reporting verbs: an interaction verb among them also reports what was talked about. */
    private final Set<String> reportingPhrases = new HashSet<>();
    private final CountryWords countryWords;
    private final VerbForms verbs;

    FrameReader(Knowledge knowledge) {
        this.verbs = knowledge.predicates().verbs();
        this.countryWords = new CountryWords(knowledge.countries());
        for (Predicate p : knowledge.predicates().all()) {
            if (p.use() == Predicate.Use.REPORTING && p.pos() == Predicate.PartOfSpeech.VERB) {
                reportingPhrases.add(p.phrase());
            }
        }
    }

    /**
     * @param quoted how many characters at the sentence's start are inside a quotation: a frame there is a
     *               quoted report ("“The ministers discussed ...,” the ministry said") unless it is the quoted
     *               speaker's own "I" or "we"
     */
    Optional<Frame> read(int index, ParsedSentence s, List<Predication> preds, Discourse discourse, Speakers speakers,
                         int quoted) {
        List<Frame> found = new ArrayList<>();
        Frame closing = null;
        Frame source = null;
        int mainClause = mainClauseStart(s);
        for (Predication p : preds) {
            if (p.predicate().use() == Predicate.Use.REPORTING && p.reality() == Predication.Reality.NEGATED) {
                break; // "the report did not say if the two sides had discussed ...": nothing after it is asserted
            }
            boolean purpose = isPurposeTalk(s, preds, p);
            if (!purpose && !reports(p) || p.head() < mainClause) {
                continue;
            }
            List<Mention> subject = inPrepositionalPhrase(s, p.subject()) ? List.of() : p.subject();
            boolean firstPerson = subject.stream().anyMatch(FrameReader::firstPerson);
            if (offset(s, p.head()) < quoted && firstPerson) {
                continue;
            }
            // "the talks covered ...", "met X to discuss ...", "it was agreed that ...": the parties together
            boolean talks = purpose || talksBefore(s, preds, p) || subject.isEmpty() && agentless(s, p, subject, discourse, index);
            Mention after = talks || !subject.isEmpty() && !p.inherited() ? null : invertedSubject(s, p);
            boolean inverted = after != null;
            if (inverted) {
                subject = List.of(after);
            } else if (subject.isEmpty() && !talks) {
                Mention before = mentionRightBefore(s, p.head());
                subject = before != null ? List.of(before) : List.of();
            }
            String verb = verb(s, p);
            Speaker speaker;
            Frame.By by = firstPerson ? Frame.By.FIRST_PERSON : Frame.By.PARTY;
            if (talks) {
                speaker = Speaker.BOTH;
            } else if (subject.isEmpty()) {
                if (source == null) {
                    source = sourceFrame(s, p, speakers, verb);
                }
                continue;
            } else {
                Referent referent = discourse.of(index, subject);
                speaker = speakers.of(referent);
                if (speaker == null) {
                    continue;
                }
                if (referent.persons().isEmpty() && !referent.both() && referent.states().size() == 1) {
                    by = Frame.By.STATE;
                }
            }
            boolean closes = inverted || !subject.isEmpty() && !p.inherited() && closesQuote(s, subject.get(0).start())
                    && adjacent(s, subject.get(subject.size() - 1), p.head()) && nothingReportedAfter(s, p);
            Frame frame = new Frame(speaker, verb, subject.isEmpty() ? p.head() : subject.get(0).start(), p.head(),
                    closes ? 0 : end(s, p.end() - 1), by, p.reality() == Predication.Reality.PERFECT, isPast(s, p));
            if (closes && closing == null) {
                closing = frame;
            }
            found.add(frame);
        }
        if (closing != null && (found.get(0) == closing || !opensSpeech(s, found.get(0)))) {
            return Optional.of(closing); // "..., Modi said": what stands before it is reported
        }
        if (!found.isEmpty()) {
            Frame first = found.get(0);
            if (!first.speaker().isBoth() && !first.speaker().isNobody()) {
                // what both sides did, told by one of them, is theirs: "Suga said they agreed ...", but not
                // "X said the two sides have maintained ..." nor "... should ..."
                if (found.size() > 1 && found.get(1).speaker().isBoth() && found.get(1).past()
                        && found.get(1).subjectAt() - first.head() <= MAX_REPORTED_SUBJECT_OFFSET) {
                    return Optional.of(found.get(1));
                }
            }
            return Optional.of(first);
        }
        Optional<Frame> according = accordingTo(index, s, discourse, speakers);
        return according.isPresent() ? according : Optional.ofNullable(source);
    }

    /**
     * Where the main clause starts: after a leading subordinate clause ("Although he offered ..., Petro
     * indicated", "While officials bring proposals, Saied said") when a comma closes it; else at 0.
     */
    private static int mainClauseStart(ParsedSentence s) {
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

    /** A reporting verb, or an interaction verb that also reports what was talked about, told as real. */
    boolean reports(Predication p) {
        Predication.Reality r = p.reality();
        return r != Predication.Reality.NEGATED && r != Predication.Reality.PLANNED && r != Predication.Reality.UNREAL
                && (p.predicate().use() == Predicate.Use.REPORTING || isTalk(p));
    }

    /**
     * An interaction verb whose lemma is a reporting verb, used of what was said: "discussed trade (with X)",
     * "exchanged views", "welcomed the agreement", "welcomed China's moves", but not "welcomed X at the airport" ("call on X" is no
     * reporting verb's lemma: "call on X to act" is its own reporting row).
     */
    private boolean isTalk(Predication p) {
        Predicate predicate = p.predicate();
        return predicate.use() == Predicate.Use.INTERACTION && predicate.pos() == Predicate.PartOfSpeech.VERB
                && reportingPhrases.contains(predicate.words().get(0))
                && (p.partners().isEmpty() || predicate.partners().contains(Predicate.Slot.WITH)
                || p.partners().stream().allMatch(m -> m.kind() == Mention.Kind.STATE));
    }

    /** "met X to discuss ...", "spoke with X to discuss ...": the talk a meeting was for. */
    private boolean isPurposeTalk(ParsedSentence s, List<Predication> preds, Predication p) {
        if (!isTalk(p) || p.head() == 0 || !s.word(p.head() - 1).equals("to")) {
            return false;
        }
        for (Predication q : preds) {
            if (q.head() < p.head() && q.predicate().use() == Predicate.Use.INTERACTION && q.reality() == Predication.Reality.REAL
                    && !q.subject().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "cooperation between China and Cambodia covers": the mentions are a preposition's object, not a subject. */
    private static boolean inPrepositionalPhrase(ParsedSentence s, List<Mention> subject) {
        if (subject.isEmpty()) {
            return false;
        }
        int k = subject.get(0).start() - 1;
        while (k >= 1 && (s.word(k).equals("and") || s.word(k).equals(",")) && s.endingAt(k) != null) {
            k = s.endingAt(k).start() - 1;
        }
        return k >= 0 && s.tag(k).equals("ADP") && !s.word(k).equals("by");
    }

    private static boolean firstPerson(Mention m) {
        return m.pronoun() == FunctionWords.Kind.WE || m.pronoun() == FunctionWords.Kind.I;
    }

    /**
     * Whether the predicate's verb is in the simple past with a subject of its own: a past form with no auxiliary
     * before it ("China expressed"), not a participle coordinated after one ("have enjoyed ..., supported ...").
     */
    private boolean isPast(ParsedSentence s, Predication p) {
        if (p.reality() != Predication.Reality.REAL || p.inherited() || p.head() > 0 && s.tag(p.head() - 1).equals("AUX")) {
            return false;
        }
        String written = s.word(p.head());
        return verbs.forms(p.predicate().words().get(0)).stream()
                .anyMatch(f -> f.inflection() == VerbForms.Inflection.PAST && f.text().equals(written));
    }

    /**
     * Whether the subject starting at {@code start} follows a closing quotation mark, or a comma after a clause:
     * "..., he added", but not "At the meeting, the ministers discussed ...".
     */
    private static boolean closesQuote(ParsedSentence s, int start) {
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
            if (s.tag(k).equals("AUX") || s.tag(k).equals("VERB") && !s.word(k).endsWith("ing")) {
                return true;
            }
        }
        return false;
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

    /**
     * Whether no clause follows the verb up to the next comma or the end: "..., Modi said during the interaction.",
     * "..., Wang said, adding that ..." close a sentence; "During the meeting, Wang said that ..." opens one.
     */
    private static boolean nothingReportedAfter(ParsedSentence s, Predication p) {
        for (int k = p.end(); k < s.size() && !s.word(k).equals(","); k++) {
            String tag = s.tag(k);
            if (tag.equals("AUX") || tag.equals("VERB") && !s.word(k).endsWith("ing") || tag.equals("SCONJ")
                    || s.word(k).equals("that") || s.word(k).equals(":") || closingMark(s, k) || s.word(k).equals("“")) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} is a quotation mark that closes: ” or a straight mark written against the word before it. */
    private static boolean closingMark(ParsedSentence s, int k) {
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

    /** A frame whose verb the reported words follow: "Wang Yi said, ...", "he noted that ...", "she said: “...". */
    private static boolean opensSpeech(ParsedSentence s, Frame f) {
        String text = s.sentence().text();
        int at = f.contentAt();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c == ',' || c == ':' || Quotations.isQuoteMark(c) || text.startsWith("that ", at);
    }

    /** A party's mention right before the verb (adverbs and auxiliaries aside), where the grammar found no subject. */
    private static Mention mentionRightBefore(ParsedSentence s, int head) {
        int k = head - 1;
        while (k >= 0 && isVerbGroupWord(s, k)) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        Mention m = s.endingAt(k + 1);
        if (m == null || m.kind() == Mention.Kind.RELATIVE || m.pronoun() == FunctionWords.Kind.POSSESSIVE_SINGULAR
                || m.pronoun() == FunctionWords.Kind.POSSESSIVE_PLURAL) {
            return null;
        }
        // not the object of a preposition, nor the last of a list in one ("cooperation between China and Cambodia covers");
        // "as" before a subject opens a clause ("as Vice President X announced")
        String before = m.start() > 0 ? s.tag(m.start() - 1) : "";
        return (before.equals("ADP") || before.equals("CCONJ")) && !s.word(m.start() - 1).equals("as") ? null : m;
    }

    /** An adverb, an auxiliary or a negation: not "to", before which stands no subject ("leaders to have been invited"). */
    private static boolean isVerbGroupWord(ParsedSentence s, int k) {
        String tag = s.tag(k);
        return tag.equals("ADV") || tag.equals("AUX") || tag.equals("PART") && !s.word(k).equals("to");
    }

    /** "..., said Xi", "“...,” said the Colombian president": the subject after a verb that follows a comma or a quotation. */
    private static Mention invertedSubject(ParsedSentence s, Predication p) {
        if (p.head() == 0 || p.end() >= s.size() || s.word(p.head()).endsWith("ing")) {
            return null;
        }
        String before = s.word(p.head() - 1);
        if (!before.equals(",") && !closingMark(s, p.head() - 1)) {
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

    /** A passive reporting verb with no party for subject and no agent: "it was agreed that ...", "the intention was confirmed". */
    private static boolean agentless(ParsedSentence s, Predication p, List<Mention> subject, Discourse discourse, int index) {
        return p.voice() == Predication.Voice.PASSIVE && p.predicate().use() == Predicate.Use.REPORTING
                && p.reality() == Predication.Reality.REAL && !infinitive(s, p.head()) && p.partners().isEmpty()
                && discourse.of(index, subject).isEmpty() && !s.word(s.size() - 1).equals("?");
    }

    /** "to have been invited": the verb's group opens with "to" (the tagger takes "have" for a verb at times). */
    private static boolean infinitive(ParsedSentence s, int head) {
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

    /** The verb's subject is a meeting noun: "the talks covered ...", "their conversation focused on ...". */
    private static boolean talksBefore(ParsedSentence s, List<Predication> preds, Predication p) {
        int k = p.head() - 1;
        while (k >= 0 && isVerbGroupWord(s, k)) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        int last = k;
        for (Predication q : preds) {
            if (q.predicate().use() == Predicate.Use.INTERACTION && q.predicate().pos() == Predicate.PartOfSpeech.NOUN
                    && q.head() < p.head() && (q.end() - 1 == last || q.partners().stream().anyMatch(m -> m.end() - 1 == last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A source that is no party: "a source in the Russian delegation said", "China's foreign ministry said"
     * speak for the state that a country's name or adjective in the noun phrase before the verb names, if it
     * is a side; "the official said", "the ministry said" for the source named before; null for any other.
     */
    private Frame sourceFrame(ParsedSentence s, Predication p, Speakers speakers, String verb) {
        if (p.predicate().use() != Predicate.Use.REPORTING || p.voice() != Predication.Voice.ACTIVE) {
            return null; // "Chinese fruits are welcomed by ...": no one speaks
        }
        List<Token> tokens = s.sentence().tokens();
        int k = p.head() - 1;
        while (k >= 0 && isVerbGroupWord(s, k)) {
            k--;
        }
        if (k < 0 || !(s.tag(k).equals("NOUN") || s.tag(k).equals("PROPN"))) {
            return null;
        }
        int start = k;
        for (int j = k; j >= 0 && isNounPhraseWord(s, j); j--) {
            Mention m = s.holding(j);
            if (m != null && m.kind() != Mention.Kind.STATE) {
                return null; // a person the grammar did not take for the subject ("as PM Scott Morrison says")
            }
            int n = countryWords.at(tokens, j);
            if (n > 0 && j + n <= k + 1) {
                String state = countryWords.country(tokens, j, n).map(c -> c.alpha3()).orElse(null);
                return state == null || !speakers.isSide(state) ? null
                        : new Frame(speakers.state(state), verb, j, p.head(), end(s, p.end() - 1), Frame.By.SOURCE, false, true);
            }
            start = j;
        }
        boolean definite = s.word(start).equals("the") && k - start == 1;
        return definite ? new Frame(Speaker.NOBODY, verb, start, p.head(), end(s, p.end() - 1), Frame.By.SOURCE_AGAIN, false, true)
                : null;
    }

    private static boolean isNounPhraseWord(ParsedSentence s, int k) {
        String tag = s.tag(k);
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("DET") || tag.equals("ADP")
                || tag.equals("PART") || tag.equals("NUM") || tag.equals("CCONJ");
    }

    /** "..., according to Ruiz": the party after "according to". */
    private static Optional<Frame> accordingTo(int index, ParsedSentence s, Discourse discourse, Speakers speakers) {
        for (int k = 0; k + 2 < s.size(); k++) {
            if (s.word(k).equals("according") && s.word(k + 1).equals("to")) {
                Mention m = s.startingAt(k + 2);
                if (m == null || m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.RELATIVE) {
                    return Optional.empty();
                }
                Speaker sp = speakers.of(discourse.of(index, m));
                Frame.By by = m.kind() == Mention.Kind.STATE ? Frame.By.STATE : Frame.By.PARTY;
                return sp == null ? Optional.empty() : Optional.of(new Frame(sp, "according to", k + 2, k, 0, by, false, true));
            }
        }
        return Optional.empty();
    }

    private static String verb(ParsedSentence s, Predication p) {
        StringBuilder b = new StringBuilder();
        for (int k = p.head(); k < p.end(); k++) {
            b.append(k > p.head() ? " " : "").append(s.word(k));
        }
        return b.toString();
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
