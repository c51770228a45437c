package org.readout.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each word of a story stands: for a run of letters and digits, the positions (in story order) of the
 * sentences that have it. A name's sentences are then looked up instead of searched for in every sentence once
 * per event, which is quadratic on a long text. A word bounded by {@code \b} in a pattern begins with such a
 * run, so the sentences listed for that run are all those a pattern can match, and maybe a few more.
 */
final class SentenceWords {
    private final Map<String, List<Integer>> positions = new HashMap<>();

    SentenceWords(Story story) {
        for (int position = 0; position < story.sentences().size(); position++) {
            String text = story.sentences().get(position).text();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (!Character.isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                i = runEnd(text, i);
                List<Integer> at = positions.computeIfAbsent(text.substring(start, i), k -> new ArrayList<>());
                if (at.isEmpty() || at.get(at.size() - 1) != position) {
                    at.add(position);
                }
            }
        }
    }

    /** The end of the run of letters and digits that starts at {@code i}. */
    static int runEnd(String s, int i) {
        int end = i;
        while (end < s.length() && Character.isLetterOrDigit(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

    /** The positions of the sentences holding the run, in story order. */
    List<Integer> of(String run) {
        return positions.getOrDefault(run, List.of());
    }
}
