package org.readout.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readout.extract.discourse.Discourse;
import org.readout.extract.discourse.Mention;
import org.readout.extract.discourse.Referent;
import org.readout.extract.grammar.ParsedSentence;
import org.readout.extract.grammar.Predication;
import org.readout.extract.grammar.SentenceParser.ParsedDocument;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Predicate;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.Tagger;
import org.readout.model.Event;
import org.readout.model.Statement;

/**
 * Picks out the sentences of reported speech and gives each its speaker. A sentence with its own
 * frame ("Wang Yi said", "the two sides agreed") takes that speaker, who then holds the turn: the
 * sentences after it go on being theirs until another speaker is named or the story goes back to
 * telling what happened; past a paragraph's end only what still reads as speech (a quotation, "we",
 * "should", "will") stays theirs. A quotation running over sentences belongs to the frame after it
 * ("...,” Morrison said.") or else to the speaker before it; a transcript's "Name:" opens a turn that
 * lasts to the next one. Narration of the meeting itself and contentless lines are not statements.
 */
public final class SpeakerAttributor {
    private static final int MAX_LABEL_WORDS = 12;
    /** The tag of a word the parser did not tag. */
    private static final String UNTAGGED = "X";
    private static final int MIN_CONTENT_WORDS = 3;
    /** How much of a sentence's start tells a repeat that ends differently ("..., Xinhua reported.") */
    private static final int REPEAT_LENGTH = 80;
    private final FrameReader frames;
    private final FunctionWords words;
    private final KindClassifier kinds;
    private final Knowledge knowledge;
    private final Tagger tagger;
    /** Every form of the predicates' verbs. */
    private final Set<String> verbForms = new HashSet<>();

    /**
     * @param tagger tags the sentences the parser left untagged (those with no predicate word) when a turn
     *               needs to tell narration from speech in them
     */
    public SpeakerAttributor(Knowledge knowledge, Tagger tagger) {
        this.knowledge = knowledge;
        this.tagger = tagger;
        this.words = knowledge.functionWords();
        this.kinds = new KindClassifier();
        this.frames = new FrameReader(knowledge);
        for (Predicate p : knowledge.predicates().all()) {
            if (p.pos() == Predicate.PartOfSpeech.VERB) {
                verbForms.addAll(knowledge.predicates().verbs().allForms(p.words().get(0)));
            }
        }
    }

    /** Statements without topics, in text order. */
    public List<Statement> attribute(ParsedDocument doc, Discourse discourse, List<Event> events) {
        Speakers speakers = new Speakers(doc.people(), events, knowledge.countries());
        Turn turn = new Turn();
        int paragraph = -1;
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            ParsedSentence ps = doc.sentences().get(i);
            List<Predication> preds = doc.predications().get(i);
            Sentence s = ps.sentence();
            boolean paragraphStart = s.paragraph() != paragraph;
            paragraph = s.paragraph();
            boolean startsQuoted = turn.inQuote;
            if (paragraphStart && startsQuoted && !Quotations.opensWithQuote(s.text())) {
                // a quotation left open at a paragraph's end and not taken up again: its marks were not paired
                turn.flush(out, this);
                startsQuoted = false;
            }
            int quoted = Quotations.quotedPrefix(s.text(), startsQuoted);
            turn.inQuote = Quotations.endsInQuote(s.text(), startsQuoted, paragraphStart);
            Speaker label = s.cutOff() || !mayBeLabel(ps) ? null : label(tagged(ps), discourse, speakers, i);
            if (label != null) {
                turn.open(label, true, s.paragraph());
                continue;
            }
            if (s.cutOff() || !endsAsSentence(s.text())) {
                continue; // a headline, a caption, a menu, the text cut off
            }
            if (turn.labelled) {
                // a transcript: everything up to the next "Name:" is what that speaker said
                Optional<Frame> own = frames.read(i, ps, preds, discourse, speakers, quoted);
                out.add(statement(s, turn.current, own.map(Frame::verb).orElse(null), own.map(f -> content(s, f)).orElse(s.text())));
                continue;
            }
            Optional<Frame> frame = frames.read(i, ps, preds, discourse, speakers, quoted)
                    .map(f -> f.by() == Frame.By.SOURCE_AGAIN ? turn.lastSource(f) : f);
            if (frame.isPresent()) {
                Frame f = frame.get();
                Speaker speaker = f.speaker();
                boolean ownTurn = turn.current != null && !turn.current.isBoth();
                if (ownTurn && (f.by() == Frame.By.STATE && !f.past() && speakers.speaksFor(turn.current, speaker.country())
                        || f.by() == Frame.By.FIRST_PERSON || f.perfect() && speaker.isBoth())) {
                    // "China is willing to ...", "we should ...", "both sides have reaffirmed ..." in Wang Yi's turn are his
                    // words, the sentence whole
                    out.add(statement(s, turn.current, null, s.text()));
                    turn.paragraph = s.paragraph();
                    continue;
                }
                if (speaker.isNobody()) {
                    turn.pending.clear();
                    turn.open(null, false, s.paragraph());
                    continue;
                }
                turn.resolve(speaker, out, this);
                if (speakers.isState(speaker)) {
                    turn.source = speaker;
                }
                // a state's words are their own sentence: what follows is not the state talking
                turn.open(f.by() == Frame.By.STATE ? null : speaker, false, s.paragraph());
                boolean closing = f.contentAt() == 0;
                if (!contentless(ps, f) && !narration(ps, preds, discourse, i, closing ? 0 : f.head() + 1, closing ? f.head() : ps.size())) {
                    out.add(statement(s, speaker, f.verb(), content(s, f)));
                }
                continue;
            }
            if (startsQuoted || Quotations.opensWithQuote(s.text()) && turn.inQuote) {
                // a quotation running on: its frame may follow ("...," Morrison said.)
                if (!narration(ps, preds, discourse, i, 0, ps.size())) {
                    turn.await(ps);
                }
                if (!turn.inQuote) {
                    turn.flush(out, this);
                }
                continue;
            }
            if (turn.current == null) {
                continue;
            }
            ps = tagged(ps);
            if (!hasVerb(ps)) {
                continue; // a caption, a credit, a post's signature leave the turn as it is
            }
            if (continues(ps, preds, discourse, i, turn)) {
                turn.paragraph = s.paragraph();
                if (!narration(ps, preds, discourse, i, 0, ps.size()) && !contentless(ps, preds)) {
                    out.add(statement(s, turn.current, null, s.text()));
                }
            } else {
                turn.open(null, false, s.paragraph());
            }
        }
        turn.flush(out, this);
        out.sort(Comparator.comparingInt(st -> st.evidence().start()));
        return withoutRepeats(out);
    }

    /**
     * Whether the tokens from {@code from} to {@code to} only tell that parties met: a meeting told as real
     * ("Blinken received Wang Yi", "Good to meet FM X", "Met FM X", "tweeted about his meeting with X") and
     * nothing reported about it.
     */
    private boolean narration(ParsedSentence ps, List<Predication> preds, Discourse discourse, int index, int from, int to) {
        boolean met = false;
        for (Predication p : preds) {
            if (p.head() < from || p.head() >= to) {
                continue;
            }
            if (frames.reports(p)) {
                return false;
            }
            met |= p.predicate().use() == Predicate.Use.INTERACTION && p.reality() == Predication.Reality.REAL
                    && (p.predicate().pos() == Predicate.PartOfSpeech.VERB
                    ? !p.subject().isEmpty() || !discourse.of(index, parties(p.partners())).isEmpty()
                    : p.subject().stream().anyMatch(m -> m.pronoun() == FunctionWords.Kind.POSSESSIVE_SINGULAR)
                    && !p.partners().isEmpty());
        }
        return met;
    }

    /** The mentions that stand for parties themselves: not "his" in "called his trip a success". */
    private static List<Mention> parties(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.pronoun() != FunctionWords.Kind.POSSESSIVE_SINGULAR
                && m.pronoun() != FunctionWords.Kind.POSSESSIVE_PLURAL).toList();
    }

    /** A text that repeats its lead (a summary above the story, a caption) states it once. */
    private static List<Statement> withoutRepeats(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Statement st : statements) {
            String key = Fold.key(st.text());
            if (seen.add(key.substring(0, Math.min(key.length(), REPEAT_LENGTH)))) {
                out.add(st);
            }
        }
        return out;
    }

    /**
     * Whether a sentence without a frame goes on with the current speaker's turn: in the turn's paragraph
     * unless it tells what happened; past it, only what still reads as speech. Both sides' turn is one
     * paragraph: their words are told, not quoted at length.
     */
    private boolean continues(ParsedSentence ps, List<Predication> preds, Discourse discourse, int index, Turn turn) {
        if (tellsWhatHappened(ps, preds, discourse, index)) {
            return false;
        }
        return ps.sentence().paragraph() == turn.paragraph || !turn.current.isBoth() && readsAsSpeech(ps);
    }

    private static boolean endsAsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?…:;)'’″".indexOf(t.charAt(t.length() - 1)) >= 0 || Quotations.isQuoteMark(t.charAt(t.length() - 1));
    }

    /** A verb by its tag, or a form of a verb the predicates know (the tagger takes "supports" for a noun at times). */
    private boolean hasVerb(ParsedSentence ps) {
        return ps.tags().contains("VERB") || ps.tags().contains("AUX") || ps.lower().stream().anyMatch(verbForms::contains);
    }

    /**
     * A quotation, the first person, or a party with a modal ("the two sides should", "Vietnam will"): words
     * that are someone's rather than the reporter's ("The war will dominate the agenda" is the reporter's).
     */
    private boolean readsAsSpeech(ParsedSentence ps) {
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

    /**
     * Narration: a party met or talked with another ("X held talks with Y"), a person did something ("He
     * embraced Wang Yi", "The Prime Minister is scheduled to ..."), or a state or the parties did something
     * in the past ("Kathmandu published a new map"). A person's words always come with a frame; a state's or
     * both sides' often stand alone in a speaker's turn ("China is willing to ...", "The two sides should ...").
     */
    private boolean tellsWhatHappened(ParsedSentence ps, List<Predication> preds, Discourse discourse, int index) {
        for (Predication p : preds) {
            if (p.predicate().use() == Predicate.Use.INTERACTION && !frames.reports(p)
                    && (p.reality() == Predication.Reality.REAL || p.reality() == Predication.Reality.PAST)
                    && meets(discourse.of(index, p.subject()), ps.word(p.head()))) {
                return true;
            }
        }
        for (int k = 1; k < ps.size(); k++) {
            String tag = ps.tag(k);
            if (!tag.equals("VERB") && !tag.equals("AUX")) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && ps.tag(j).equals("ADV")) {
                j--;
            }
            Mention m = ps.endingAt(j + 1);
            if (m == null || m.kind() == Mention.Kind.RELATIVE || m.pronoun() == FunctionWords.Kind.WE
                    || m.pronoun() == FunctionWords.Kind.I || m.pronoun() == FunctionWords.Kind.POSSESSIVE_SINGULAR
                    || m.pronoun() == FunctionWords.Kind.POSSESSIVE_PLURAL) {
                return false;
            }
            if (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DESCRIPTION
                    || m.pronoun() == FunctionWords.Kind.HE || m.pronoun() == FunctionWords.Kind.SHE) {
                return true;
            }
            String w = ps.word(k);
            return tag.equals("VERB") && w.endsWith("ed") && !w.endsWith("eed") || w.equals("was") || w.equals("were") || w.equals("did");
        }
        return false;
    }

    /** Persons meeting, or a state in the past: "China welcomes X to attend the summit" invites. */
    private static boolean meets(Referent subject, String verb) {
        return !subject.persons().isEmpty() || subject.both() || !subject.isEmpty() && verb.endsWith("ed");
    }

    /** The sentence with its words tagged: the parser leaves those with no predicate word untagged ("X"). */
    private ParsedSentence tagged(ParsedSentence ps) {
        if (ps.size() == 0 || !ps.tags().stream().allMatch(UNTAGGED::equals)) {
            return ps;
        }
        return ParsedSentence.of(ps.sentence(), tagger.tag(ps.sentence().tokens()), ps.mentions());
    }

    /** A colon among the first words, after a name: a transcript's speaker may stand there. */
    private static boolean mayBeLabel(ParsedSentence ps) {
        for (int k = 1; k < ps.size() && k <= MAX_LABEL_WORDS; k++) {
            if (ps.word(k).equals(":")) {
                int colon = k;
                return ps.mentions().stream().anyMatch(m -> m.end() <= colon && m.kind() == Mention.Kind.NAME);
            }
        }
        return false;
    }

    /** "President of Russia Dmitry Medvedev:" opening a transcript's turn: the person before a colon, no verb between. */
    private static Speaker label(ParsedSentence ps, Discourse discourse, Speakers speakers, int index) {
        int depth = 0;
        for (int k = 1; k < ps.size() && k <= MAX_LABEL_WORDS; k++) {
            String tag = ps.tag(k - 1);
            depth += ps.word(k - 1).equals("(") ? 1 : ps.word(k - 1).equals(")") ? -1 : 0;
            if ((tag.equals("VERB") || tag.equals("AUX")) && depth == 0 && ps.holding(k - 1) == null) {
                return null;
            }
            if (ps.word(k).equals(":")) {
                Mention named = null;
                for (Mention m : ps.mentions()) {
                    if (m.end() <= k && m.kind() == Mention.Kind.NAME) {
                        named = m;
                    }
                }
                if (named == null) {
                    return null;
                }
                Speaker sp = speakers.of(discourse.of(index, named));
                return sp == null || sp.isNobody() || sp.isBoth() ? null : sp;
            }
        }
        return null;
    }

    /** A line that names only generic matters: "The two sides also exchanged views on issues of common concern." */
    private static boolean contentless(ParsedSentence ps, Frame f) {
        return f.contentAt() > 0 && onlyGenericWords(ps, f.contentAt());
    }

    /** A line of a talk about generic matters alone: "Discussed bilateral matters of mutual interest." */
    private boolean contentless(ParsedSentence ps, List<Predication> preds) {
        for (Predication p : preds) {
            if (frames.reports(p) && p.predicate().use() == Predicate.Use.INTERACTION) {
                return onlyGenericWords(ps, FrameReader.end(ps, p.end() - 1));
            }
        }
        return false;
    }

    private static boolean onlyGenericWords(ParsedSentence ps, int from) {
        int words = 0;
        for (int k = 0; k < ps.size(); k++) {
            if (FrameReader.offset(ps, k) < from) {
                continue;
            }
            String w = ps.word(k);
            if (Character.isLetter(w.charAt(0))) {
                words++;
                if (!GenericWords.is(w)) {
                    return false;
                }
            }
        }
        return words > 0;
    }

    private static String content(Sentence s, Frame f) {
        String content = s.text().substring(Math.min(f.contentAt(), s.text().length()));
        // "..., he added.": the frame closes the sentence and the reported clause stands before it
        return content.strip().split("\\s+").length < MIN_CONTENT_WORDS ? s.text() : content;
    }

    Statement statement(Sentence s, Speaker speaker, String verb, String content) {
        return new Statement(speaker.name(), speaker.country(), kinds.classify(verb, content, speaker.isBoth()),
                List.of(), s.text().strip(), s.span());
    }

    /** Whose turn it is as the reading goes on, and the quotation waiting for its frame. */
    private static final class Turn {
        Speaker current;
        boolean labelled;
        /** the paragraph of the turn's last sentence */
        int paragraph = -1;
        boolean inQuote;
        final List<ParsedSentence> pending = new ArrayList<>();
        /** who a quotation's sentences go to if no frame follows them: the speaker before it */
        Speaker beforeQuote;
        /** the last source that spoke for a state ("a Russian official said"), whom "the official said" names again */
        Speaker source;

        void open(Speaker speaker, boolean label, int at) {
            current = speaker;
            labelled = label && speaker != null;
            paragraph = at;
        }

        /** The frame of "the official said" with the source named before as its speaker; none if there was none. */
        Frame lastSource(Frame f) {
            return source == null ? null : new Frame(source, f.verb(), f.subjectAt(), f.head(), f.contentAt(), Frame.By.SOURCE,
                    false, true);
        }

        void await(ParsedSentence s) {
            if (pending.isEmpty()) {
                beforeQuote = current;
            }
            pending.add(s);
        }

        /** Gives the sentences waiting for a frame to the frame's speaker. */
        void resolve(Speaker speaker, List<Statement> out, SpeakerAttributor a) {
            pending.forEach(q -> out.add(a.statement(q.sentence(), speaker, null, q.sentence().text())));
            pending.clear();
            beforeQuote = null;
        }

        /** Gives the sentences waiting for a frame that did not come to the speaker before them, if any. */
        void flush(List<Statement> out, SpeakerAttributor a) {
            if (beforeQuote != null) {
                resolve(beforeQuote, out, a);
            }
            pending.clear();
        }
    }
}
