package org.readout.extract.zone;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line of the page (or a run of hard-wrapped lines) with the measurements the zoner reads:
 * how many words, how many of them start in lower case, whether it is in a script with case, whether
 * it ends as a sentence does. Offsets are document offsets of the stripped text.
 */
record Block(int start, int end, String text, String lower, int words, double lowerShare, boolean cased, int letters,
             boolean endsSentence) {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?。！？؟]");
    private static final Set<Character> CLOSERS = Set.of('"', '”', '’', '\'', ')', ']', '»', '」', '』');
    private static final String TERMINALS = ".!?。！？؟…";

    static Block of(String text, int start, int end) {
        String s = text.substring(start, end);
        int words = 0;
        int lettered = 0;
        int lower = 0;
        var m = WORD.matcher(s);
        while (m.find()) {
            words++;
            int c = s.codePointAt(m.start());
            int first = Character.isLetter(c) ? c : firstLetter(s, m.start(), m.end());
            if (first >= 0) {
                lettered++;
                if (Character.isLowerCase(first)) {
                    lower++;
                }
            }
        }
        int letters = 0;
        int casedLetters = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
                    casedLetters++;
                }
            }
        }
        return new Block(start, end, s, s.toLowerCase(Locale.ROOT), words, lettered == 0 ? 0 : (double) lower / lettered,
                letters > 0 && casedLetters * 2 > letters, letters, endsSentence(s));
    }

    private static int firstLetter(String s, int from, int to) {
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) {
                return c;
            }
            if (Character.isDigit(c)) {
                return -1;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i > 0 && CLOSERS.contains(s.charAt(i))) {
            i--;
        }
        return i >= 0 && TERMINALS.indexOf(s.charAt(i)) >= 0;
    }

    /**
     * Reads as running text: a sentence of some length with a lower-case word (in scripts with case; a diplomatic
     * lede is mostly names and titles), or a long stretch of mostly lower-case words.
     */
    boolean isProse() {
        if (cased) {
            return endsSentence && words >= 6 && lowerShare > 0 || words >= 20 && lowerShare >= 0.3;
        }
        return letters >= 60 || letters >= 20 && SENTENCE_PUNCTUATION.matcher(text).find();
    }

    /** A heading, menu item or label: short, no sentence punctuation, mostly capitalised words. */
    boolean isLabel() {
        if (endsSentence || text.endsWith(":") && lowerShare > 0 && words > 1) {
            return false;
        }
        if (!cased) {
            return letters <= 8;
        }
        return words <= 3 || words <= 8 && lowerShare < 0.34;
    }
}
