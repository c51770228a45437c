package org.readout.extract.grammar;

import java.util.List;
import java.util.Locale;
import org.readout.extract.discourse.Mention;
import org.readout.extract.text.Sentence;

/**
 * A sentence with what the grammar reads: its words lower-case, their part-of-speech tags (UD),
 * and the mentions of parties in it, in order.
 */
public record ParsedSentence(Sentence sentence, List<String> lower, List<String> tags, List<Mention> mentions) {
    public ParsedSentence {
        lower = List.copyOf(lower);
        tags = List.copyOf(tags);
        mentions = List.copyOf(mentions);
        if (lower.size() != sentence.tokens().size() || tags.size() != lower.size()) {
            throw new IllegalArgumentException("one word and one tag per token");
        }
    }

    public static ParsedSentence of(Sentence sentence, List<String> tags, List<Mention> mentions) {
        return new ParsedSentence(sentence, sentence.tokens().stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList(),
                tags, mentions);
    }

    public int size() {
        return lower.size();
    }

    public String word(int i) {
        return lower.get(i);
    }

    public String tag(int i) {
        return tags.get(i);
    }

    /** The mention that starts at token {@code i}, or null. */
    public Mention startingAt(int i) {
        for (Mention m : mentions) {
            if (m.start() == i) {
                return m;
            }
        }
        return null;
    }

    /** The mention that ends right before token {@code end}, or null. */
    public Mention endingAt(int end) {
        for (Mention m : mentions) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    /** The mention holding token {@code i}, or null. */
    public Mention holding(int i) {
        for (Mention m : mentions) {
            if (m.contains(i)) {
                return m;
            }
        }
        return null;
    }
}
