package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.List;
import org.readout.model.Span;

/**
 * A foreign text read once: its tokens, dictionary mentions, sentences and written dates, with
 * the mentions of each sentence.
 */
record ForeignDocument(String text, List<Token> tokens, List<Mention> mentions, List<Span> sentences,
                       List<DateExpression> dates, List<List<Mention>> bySentence) {

    static ForeignDocument read(String text, LanguageModel model) {
        List<Token> tokens = model.tokenizer().tokenize(text);
        List<Mention> mentions = model.mentions(tokens, text);
        List<Span> sentences = Sentences.cut(text);
        List<List<Mention>> bySentence = new ArrayList<>();
        int m = 0;
        for (Span s : sentences) {
            List<Mention> in = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).start() < s.start()) {
                m++;
            }
            while (m < mentions.size() && mentions.get(m).end() <= s.end()) {
                in.add(mentions.get(m++));
            }
            bySentence.add(List.copyOf(in));
        }
        return new ForeignDocument(text, List.copyOf(tokens), List.copyOf(mentions), List.copyOf(sentences),
                List.copyOf(model.dates().find(text)), List.copyOf(bySentence));
    }

    /** The text between two mentions (or other spans). */
    String between(int end, int start) {
        return end >= start ? "" : text.substring(end, start);
    }

    /** The dates written in a sentence. */
    List<DateExpression> datesIn(int sentence) {
        Span s = sentences.get(sentence);
        return dates.stream().filter(d -> d.start() >= s.start() && d.end() <= s.end()).toList();
    }

    boolean has(int sentence, CueKind kind) {
        return bySentence.get(sentence).stream().anyMatch(m -> m.sense() instanceof Sense.Cue c && c.kind() == kind);
    }
}
