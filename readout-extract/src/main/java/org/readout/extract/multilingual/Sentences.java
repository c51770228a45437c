package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.List;
import org.readout.model.Span;

/**
 * Cuts a text into sentences at line ends and at the full stops, question and exclamation marks
 * of the scripts (。！？ ؟ . ! ?), a Latin full stop only before a space. Headlines and captions,
 * which have no stop, end at their line.
 */
final class Sentences {
    private Sentences() {
    }

    static List<Span> cut(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '!' || c == '?'
                    || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !(i > 0 && Character.isDigit(text.charAt(i - 1)));
            if (end) {
                add(text, start, i + 1, spans);
                start = i + 1;
            }
        }
        add(text, start, text.length(), spans);
        return spans;
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            spans.add(new Span(s, e));
        }
    }
}
