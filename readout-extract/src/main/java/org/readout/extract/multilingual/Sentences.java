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
    /** Lines of fixed-width text are at least this long. */
    private static final int WRAP_WIDTH = 60;
    private static final int MAX_WRAP_WIDTH = 90;
    private Sentences() {
    }

    static List<Span> cut(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' && !wrapped(text, text.lastIndexOf('\n', i - 1) + 1, i) || c == '。' || c == '！' || c == '？' || c == '؟' || c == '!' || c == '?'
                    || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !(i > 0 && Character.isDigit(text.charAt(i - 1))) && !initial(text, i);
            if (end) {
                add(text, start, i + 1, spans);
                start = i + 1;
            }
        }
        add(text, start, text.length(), spans);
        return spans;
    }

    /** "Antony J. Blinken": a capital letter alone before the stop is an initial. */
    private static boolean initial(String text, int stop) {
        return stop >= 2 && Character.isUpperCase(text.charAt(stop - 1)) && !Character.isLetter(text.charAt(stop - 2));
    }

    /** A long line without a stop, followed by more text, is a paragraph wrapped at a fixed width, not a headline. */
    private static boolean wrapped(String text, int lineStart, int newline) {
        String line = text.substring(lineStart, newline).strip();
        boolean more = newline + 1 < text.length() && !Character.isWhitespace(text.charAt(newline + 1));
        return more && line.length() >= WRAP_WIDTH && line.length() <= MAX_WRAP_WIDTH && ".!?。！？:：\"”»".indexOf(line.charAt(line.length() - 1)) < 0;
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
