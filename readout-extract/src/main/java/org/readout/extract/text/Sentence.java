package org.readout.extract.text;

import java.util.List;
import org.readout.model.Span;

/**
 * One sentence of the document.
 *
 * @param paragraph index of the paragraph (line block) that holds it
 * @param span      UTF-16 offsets in the document text, end exclusive
 * @param cutOff    the document stops inside this sentence (no closing punctuation at the end of the text)
 * @param tokens    its words and punctuation, offsets relative to the document
 */
public record Sentence(int index, int paragraph, Span span, String text, boolean cutOff, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
