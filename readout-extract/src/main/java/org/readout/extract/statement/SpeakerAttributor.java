package org.readout.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readout.extract.discourse.Discourse;
import org.readout.extract.grammar.ParsedSentence;
import org.readout.extract.grammar.Predication;
import org.readout.extract.grammar.SentenceParser.ParsedDocument;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.Tagger;
import org.readout.extract.text.Whitespace;
import org.readout.model.Event;
import org.readout.model.Statement;

/**
 * Picks out the sentences of reported speech and gives each its speaker. A sentence with its own
 * frame ("Wang Yi said", "the two sides agreed") takes that speaker, who then holds the turn: the
 * sentences after it go on being theirs until another speaker is named or the story goes back to
 * telling what happened; past a paragraph's end only what still reads as speech (a quotation, "we",
 * "the two sides should") stays theirs. A quotation running over sentences belongs to the frame after
 * it ("...,” Morrison said.") or else to the speaker before it; a transcript's "Name:" opens a turn that
 * lasts to the next one. Narration of the meeting itself and contentless lines are not statements.
 */
public final class SpeakerAttributor {
    private static final int MIN_CONTENT_WORDS = 3;
    /** How much of a sentence's start tells a repeat that ends differently ("..., Xinhua reported.") */
    private static final int REPEAT_LENGTH = 80;
    /** The tag of a word the parser did not tag. */
    private static final String UNTAGGED = "X";
    private final Knowledge knowledge;
    private final Tagger tagger;
    private final KindClassifier kinds;
    private final FrameReader frames;
    private final Narration narration;

    /**
     * @param tagger tags the sentences the parser left untagged (those with no predicate word) when a turn
     *               needs to tell narration from speech in them
     */
    public SpeakerAttributor(Knowledge knowledge, Tagger tagger) {
        this.knowledge = knowledge;
        this.tagger = tagger;
        this.kinds = new KindClassifier(knowledge.kindCues());
        this.frames = new FrameReader(knowledge);
        this.narration = new Narration(knowledge, frames);
    }

    /** Statements without topics, in text order. */
    public List<Statement> attribute(ParsedDocument doc, Discourse discourse, List<Event> events) {
        Reading reading = new Reading(discourse, new Speakers(doc.people(), events, knowledge.countries()));
        for (int i = 0; i < doc.sentences().size(); i++) {
            reading.read(i, doc.sentences().get(i), doc.predications().get(i));
        }
        return reading.statements();
    }

    private Statement statement(Sentence s, Speaker speaker, String verb, String content) {
        return new Statement(speaker.name(), speaker.country(), kinds.classify(verb, content, speaker.isBoth()),
                List.of(), s.text().strip(), s.span());
    }

    /** The sentence with its words tagged: the parser leaves those with no predicate word untagged ("X"). */
    private ParsedSentence tagged(ParsedSentence ps) {
        if (ps.size() == 0 || !ps.tags().stream().allMatch(UNTAGGED::equals)) {
            return ps;
        }
        return ParsedSentence.of(ps.sentence(), tagger.tag(ps.sentence().tokens()), ps.mentions());
    }

    private static String content(Sentence s, Frame f) {
        String content = s.text().substring(Math.min(f.contentAt(), s.text().length()));
        // "..., he added.": the frame closes the sentence and the reported clause stands before it
        return Whitespace.RUNS.split(content.strip()).length < MIN_CONTENT_WORDS ? s.text() : content;
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

    /** One document read sentence by sentence. */
    private final class Reading {
        private final Discourse discourse;
        private final Speakers speakers;
        private final Turn turn = new Turn();
        private final List<Statement> out = new ArrayList<>();
        private int paragraph = -1;

        Reading(Discourse discourse, Speakers speakers) {
            this.discourse = discourse;
            this.speakers = speakers;
        }

        void read(int i, ParsedSentence ps, List<Predication> preds) {
            Sentence s = ps.sentence();
            boolean paragraphStart = s.paragraph() != paragraph;
            paragraph = s.paragraph();
            boolean startsQuoted = turn.inQuote;
            if (paragraphStart && startsQuoted && !Quotations.opensWithQuote(s.text())) {
                // a quotation left open at a paragraph's end and not taken up again: its marks were not paired
                turn.flush(this::said);
                startsQuoted = false;
            }
            int quoted = Quotations.quotedPrefix(s.text(), startsQuoted);
            turn.inQuote = Quotations.endsInQuote(s.text(), startsQuoted, paragraphStart);
            Speaker label = s.cutOff() || !TranscriptLabels.mayBeLabel(ps) ? null
                    : TranscriptLabels.label(tagged(ps), discourse, speakers, i);
            if (label != null) {
                turn.open(label, true, s.paragraph());
            } else if (!s.cutOff() && Narration.endsAsSentence(s.text())) {
                Optional<Frame> frame = frames.read(i, ps, preds, discourse, speakers, quoted);
                if (turn.labelled) {
                    // a transcript: everything up to the next "Name:" is what that speaker said
                    out.add(statement(s, turn.current, frame.map(Frame::verb).orElse(null),
                            frame.map(f -> content(s, f)).orElse(s.text())));
                    return;
                }
                frame = frame.map(f -> f.by() == Frame.By.SOURCE_AGAIN ? turn.lastSource(f) : f);
                if (frame.isPresent()) {
                    framed(i, ps, preds, frame.get());
                } else if (startsQuoted || Quotations.opensWithQuote(s.text()) && turn.inQuote) {
                    quoted(i, ps, preds);
                } else if (turn.current != null) {
                    unframed(i, tagged(ps), preds);
                }
            }
        }

        /** A sentence with its own frame. */
        private void framed(int i, ParsedSentence ps, List<Predication> preds, Frame f) {
            Sentence s = ps.sentence();
            Speaker speaker = f.speaker();
            if (insideOwnTurn(f)) {
                // "China is willing to ...", "we should ...", "both sides have reaffirmed ..." in Wang Yi's turn are
                // his words, the sentence whole
                if (!Narration.contentless(ps, f)) {
                    out.add(statement(s, turn.current, null, s.text()));
                }
                turn.paragraph = s.paragraph();
                return;
            }
            if (speaker.isNobody()) {
                turn.drop();
                turn.open(null, false, s.paragraph());
                return;
            }
            turn.resolve(speaker, this::said);
            if (speakers.isState(speaker)) {
                turn.source = speaker;
            }
            // a state's words are their own sentence: what follows is not the state talking
            turn.open(f.by() == Frame.By.STATE ? null : speaker, false, s.paragraph());
            boolean closing = f.contentAt() == 0;
            if (!Narration.contentless(ps, f)
                    && !narration.onlyMeets(ps, preds, discourse, i, closing ? 0 : f.head() + 1, closing ? f.head() : ps.size())) {
                out.add(statement(s, speaker, f.verb(), content(s, f)));
            }
        }

        /** A frame in the current speaker's turn that is their words rather than another speaker. */
        private boolean insideOwnTurn(Frame f) {
            if (turn.current == null || turn.current.isBoth()) {
                return false;
            }
            Speaker speaker = f.speaker();
            return f.by() == Frame.By.STATE && !f.past() && speakers.speaksFor(turn.current, speaker.country())
                    || f.by() == Frame.By.FIRST_PERSON || f.perfect() && speaker.isBoth();
        }

        /** A sentence of a quotation running on: its frame may follow ("...," Morrison said.). */
        private void quoted(int i, ParsedSentence ps, List<Predication> preds) {
            if (!narration.onlyMeets(ps, preds, discourse, i, 0, ps.size())) {
                turn.await(ps);
            }
            if (!turn.inQuote) {
                turn.flush(this::said);
            }
        }

        /** A sentence with no frame in someone's turn: theirs if it goes on with the turn; else the turn ends. */
        private void unframed(int i, ParsedSentence ps, List<Predication> preds) {
            if (!narration.hasVerb(ps)) {
                return; // a caption, a credit, a post's signature leave the turn as it is
            }
            if (continues(i, ps, preds)) {
                turn.paragraph = ps.sentence().paragraph();
                if (!narration.onlyMeets(ps, preds, discourse, i, 0, ps.size()) && !narration.contentless(ps, preds)) {
                    said(ps, turn.current);
                }
            } else {
                turn.open(null, false, ps.sentence().paragraph());
            }
        }

        /**
         * Whether a sentence without a frame goes on with the current speaker's turn: in the turn's paragraph
         * unless it tells what happened; past it, only what still reads as a person's speech. Both sides' turn
         * and a state's are one paragraph: their words are told, not quoted at length.
         */
        private boolean continues(int i, ParsedSentence ps, List<Predication> preds) {
            if (narration.tellsWhatHappened(ps, preds, discourse, i)) {
                return false;
            }
            return ps.sentence().paragraph() == turn.paragraph
                    || !turn.current.isBoth() && !speakers.isState(turn.current) && narration.readsAsSpeech(ps);
        }

        private void said(ParsedSentence ps, Speaker speaker) {
            out.add(statement(ps.sentence(), speaker, null, ps.sentence().text()));
        }

        List<Statement> statements() {
            turn.flush(this::said);
            out.sort(Comparator.comparingInt(st -> st.evidence().start()));
            return withoutRepeats(out);
        }
    }
}
