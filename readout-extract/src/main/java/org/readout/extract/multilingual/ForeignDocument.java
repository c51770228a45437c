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
        List<Mention> mentions = withoutRecalled(model.mentions(tokens, text), text);
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

    /** Words that stand between an interaction word and the word that makes it a recalled one: "先般の訪日", "此前的通话". */
    private static final int RECALL_GAP_TOKENS = 1;

    /** The mentions less the interaction words a recalled word qualifies: those speak of an earlier interaction. */
    private static List<Mention> withoutRecalled(List<Mention> mentions, String text) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            boolean interaction = m.sense() instanceof Sense.Cue c && c.kind().isInteraction();
            if (!interaction || !(recalls(mentions, k - 1, m, text) || recalls(mentions, k + 1, m, text))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean recalls(List<Mention> mentions, int k, Mention cue, String text) {
        if (k < 0 || k >= mentions.size() || !(mentions.get(k).sense() instanceof Sense.Cue c && c.kind() == CueKind.RECALLED)) {
            return false;
        }
        Mention word = mentions.get(k);
        Mention first = word.start() < cue.start() ? word : cue;
        Mention second = first == word ? cue : word;
        String between = text.substring(first.end(), second.start());
        return second.from() - first.to() <= RECALL_GAP_TOKENS && between.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ');
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
