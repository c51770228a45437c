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

/**
 * Finds who a sentence says is speaking, from the clause grammar's reporting predicates (and the
 * interaction verbs that also tell what was talked about: "discussed", "exchanged views"): their
 * subject as the discourse resolves it ("Wang Yi said", "he added", "the two sides agreed", "Japan
 * said"), the subject after the verb ("..., said Xi"), "according to X", the talks themselves ("the
 * talks covered ..." is both sides'), a meeting's purpose ("met X to discuss ..."), "it was agreed
 * that ...", or a source ("a Russian source said"). A frame closing the sentence ("..., Modi said")
 * wins; else the earliest, except that what both sides did is theirs even when one of them tells it
 * ("Suga said they agreed ...").
 */
final class FrameReader {
    /** How far after a verb of saying the reported clause's subject may start: "told reporters that they ...". */
    private static final int MAX_REPORTED_SUBJECT_OFFSET = 4;
    /** Lemmas of the reporting verbs: an interaction verb among them also reports what was talked about. */
    private final Set<String> reportingLemmas = new HashSet<>();
    private final VerbForms verbs;
    private final Sources sources;

    FrameReader(Knowledge knowledge) {
        this.verbs = knowledge.predicates().verbs();
        this.sources = new Sources(knowledge.countries());
        for (Predicate p : knowledge.predicates().all()) {
            if (p.use() == Predicate.Use.REPORTING && p.pos() == Predicate.PartOfSpeech.VERB) {
                reportingLemmas.add(p.phrase());
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
        return new Reading(index, s, preds, discourse, speakers, quoted).frame();
    }

    /** A reporting verb, or an interaction verb that also reports what was talked about, told as real. */
    boolean reports(Predication p) {
        Predication.Reality r = p.reality();
        return r != Predication.Reality.NEGATED && r != Predication.Reality.PLANNED && r != Predication.Reality.UNREAL
                && (p.predicate().use() == Predicate.Use.REPORTING || isTalk(p));
    }

    /**
     * An interaction verb whose lemma is a reporting verb, used of what was said: "discussed trade (with X)",
     * "exchanged views", "welcomed the agreement", "welcomed China's moves", but not "welcomed X at the
     * airport" ("call on X" has no reporting verb's lemma: "call on X to act" is its own reporting row).
     */
    boolean isTalk(Predication p) {
        Predicate predicate = p.predicate();
        return predicate.use() == Predicate.Use.INTERACTION && predicate.pos() == Predicate.PartOfSpeech.VERB
                && reportingLemmas.contains(predicate.words().get(0))
                && (p.partners().isEmpty() || predicate.partners().contains(Predicate.Slot.WITH)
                || p.partners().stream().allMatch(m -> m.kind() == Mention.Kind.STATE));
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

    /** One sentence read for its frames. */
    private final class Reading {
        private final int index;
        private final ParsedSentence s;
        private final List<Predication> preds;
        private final Discourse discourse;
        private final Speakers speakers;
        private final int quoted;
        private final List<Frame> found = new ArrayList<>();
        private Frame closing;
        private Frame source;

        Reading(int index, ParsedSentence s, List<Predication> preds, Discourse discourse, Speakers speakers, int quoted) {
            this.index = index;
            this.s = s;
            this.preds = preds;
            this.discourse = discourse;
            this.speakers = speakers;
            this.quoted = quoted;
        }

        Optional<Frame> frame() {
            int mainClause = Clauses.mainClauseStart(s);
            for (Predication p : preds) {
                if (p.predicate().use() == Predicate.Use.REPORTING && p.reality() == Predication.Reality.NEGATED) {
                    break; // "the report did not say if the two sides had discussed ...": nothing after it is asserted
                }
                if (p.head() >= mainClause) {
                    read(p);
                }
            }
            return choose();
        }

        private void read(Predication p) {
            boolean purpose = isPurposeTalk(p);
            if (!purpose && !reports(p)) {
                return;
            }
            List<Mention> subject = Clauses.inPrepositionalPhrase(s, p.subject()) ? List.of() : p.subject();
            boolean firstPerson = subject.stream().anyMatch(FrameReader::firstPerson);
            if (firstPerson && Clauses.offset(s, p.head()) < quoted) {
                return;
            }
            boolean together = purpose || talksBefore(p) || subject.isEmpty() && agentless(p, subject);
            Mention after = together || !subject.isEmpty() && !p.inherited() ? null : Clauses.invertedSubject(s, p);
            if (after != null) {
                subject = List.of(after);
            } else if (subject.isEmpty() && !together) {
                Mention before = Clauses.mentionRightBefore(s, p.head());
                subject = before == null ? List.of() : List.of(before);
            }
            if (subject.isEmpty() && !together) {
                source = source != null ? source : sources.source(s, p, speakers, verb(p));
                return;
            }
            add(p, subject, together, firstPerson, after != null || Clauses.closes(s, p, subject));
        }

        private void add(Predication p, List<Mention> subject, boolean together, boolean firstPerson, boolean closes) {
            Referent referent = together ? null : discourse.of(index, subject);
            Speaker speaker = together ? Speaker.BOTH : speakers.of(referent);
            if (speaker == null) {
                return;
            }
            Frame.By by = firstPerson ? Frame.By.FIRST_PERSON
                    : !together && referent.persons().isEmpty() && !referent.both() && referent.states().size() == 1
                    ? Frame.By.STATE : Frame.By.PARTY;
            Frame frame = new Frame(speaker, verb(p), subject.isEmpty() ? p.head() : subject.get(0).start(), p.head(),
                    closes ? 0 : Clauses.end(s, p.end() - 1), by, p.reality() == Predication.Reality.PERFECT, isPast(s, p));
            closing = closes && closing == null ? frame : closing;
            found.add(frame);
        }

        private Optional<Frame> choose() {
            if (closing != null && (found.get(0) == closing || !Clauses.opensSpeech(s, found.get(0).contentAt()))) {
                return Optional.of(closing); // "..., Modi said": what stands before it is reported
            }
            if (found.isEmpty()) {
                Frame according = Sources.accordingTo(index, s, discourse, speakers);
                return Optional.ofNullable(according != null ? according : source);
            }
            Frame first = found.get(0);
            // what both sides did, told by one of them, is theirs: "Suga said they agreed ...", but not "X said the
            // two sides have maintained ..." nor "... should ..."
            if (found.size() > 1 && !first.speaker().isBoth() && !first.speaker().isNobody()) {
                Frame next = found.get(1);
                if (next.speaker().isBoth() && next.past() && next.subjectAt() - first.head() <= MAX_REPORTED_SUBJECT_OFFSET) {
                    return Optional.of(next);
                }
            }
            return Optional.of(first);
        }

        /** "met X to discuss ...", "spoke with X to discuss ...": the talk a meeting was for. */
        private boolean isPurposeTalk(Predication p) {
            if (!isTalk(p) || p.head() == 0 || !s.word(p.head() - 1).equals("to")) {
                return false;
            }
            return preds.stream().anyMatch(q -> q.head() < p.head() && q.predicate().use() == Predicate.Use.INTERACTION
                    && q.reality() == Predication.Reality.REAL && !q.subject().isEmpty());
        }

        /** The verb's subject is a meeting noun: "the talks covered ...", "their conversation focused on ...". */
        private boolean talksBefore(Predication p) {
            int last = Clauses.beforeVerbGroup(s, p.head());
            if (last < 0) {
                return false;
            }
            return preds.stream().anyMatch(q -> q.predicate().use() == Predicate.Use.INTERACTION
                    && q.predicate().pos() == Predicate.PartOfSpeech.NOUN && q.head() < p.head()
                    && (q.end() - 1 == last || q.partners().stream().anyMatch(m -> m.end() - 1 == last)));
        }

        /** A passive reporting verb with no party for subject and no agent: "it was agreed that ...". */
        private boolean agentless(Predication p, List<Mention> subject) {
            return p.voice() == Predication.Voice.PASSIVE && p.predicate().use() == Predicate.Use.REPORTING
                    && p.reality() == Predication.Reality.REAL && !Clauses.infinitive(s, p.head()) && p.partners().isEmpty()
                    && discourse.of(index, subject).isEmpty() && !s.word(s.size() - 1).equals("?");
        }

        private String verb(Predication p) {
            StringBuilder b = new StringBuilder();
            for (int k = p.head(); k < p.end(); k++) {
                b.append(k > p.head() ? " " : "").append(s.word(k));
            }
            return b.toString();
        }
    }

    private static boolean firstPerson(Mention m) {
        return m.pronoun() == FunctionWords.Kind.WE || m.pronoun() == FunctionWords.Kind.I;
    }
}
