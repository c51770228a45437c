package org.readout.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.readout.extract.grammar.ParsedSentence;

/** Whose turn it is as a document is read, and the quotation waiting for its frame. Mutable: one per reading. */
final class Turn {
    /** who speaks now; null when the reporter tells the story */
    Speaker current;
    /** the turn was opened by a transcript's "Name:" and lasts to the next one */
    boolean labelled;
    /** the paragraph of the turn's last sentence */
    int paragraph = -1;
    /** a quotation is open after the sentence read last */
    boolean inQuote;
    /** the last source that spoke for a state ("a Russian official said"), whom "the official said" names again */
    Speaker source;
    private final List<ParsedSentence> pending = new ArrayList<>();
    /** who a quotation's sentences go to if no frame follows them: the speaker before it */
    private Speaker beforeQuote;

    void open(Speaker speaker, boolean label, int at) {
        current = speaker;
        labelled = label && speaker != null;
        paragraph = at;
    }

    /** The frame of "the official said" with the source named before as its speaker; null if there was none. */
    Frame lastSource(Frame f) {
        return source == null ? null
                : new Frame(source, f.verb(), f.subjectAt(), f.head(), f.contentAt(), Frame.By.SOURCE, false, true);
    }

    /** Keeps a sentence of a quotation running on until its frame is found. */
    void await(ParsedSentence s) {
        if (pending.isEmpty()) {
            beforeQuote = current;
        }
        pending.add(s);
    }

    /** Gives the sentences waiting for a frame to the frame's speaker. */
    void resolve(Speaker speaker, BiConsumer<ParsedSentence, Speaker> said) {
        pending.forEach(q -> said.accept(q, speaker));
        pending.clear();
        beforeQuote = null;
    }

    /** Gives the sentences waiting for a frame that did not come to the speaker before them, if any. */
    void flush(BiConsumer<ParsedSentence, Speaker> said) {
        if (beforeQuote != null) {
            resolve(beforeQuote, said);
        }
        pending.clear();
    }

    /** Forgets the quotation waiting: its frame named someone whose words are not recorded. */
    void drop() {
        pending.clear();
    }
}
