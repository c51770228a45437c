package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into words, and Chinese, Japanese and Korean into single characters (no segmenter:
 * names and terms are found by dictionary longest match over the characters, and Korean endings
 * need no stemming). Punctuation is no token.
 */
final class ForeignTokenizer {
    private final ScriptFold fold;

    ForeignTokenizer(ScriptFold fold) {
        this.fold = fold;
    }

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (ideographic(c)) {
                tokens.add(new Token(fold.fold(text.substring(i, i + width)), i, i + width, false, true));
                i += width;
            } else if (wordChar(c)) {
                int start = i;
                while (i < text.length() && wordChar(text.codePointAt(i)) && !ideographic(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                tokens.add(new Token(fold.fold(text.substring(start, i)), start, i, Character.isUpperCase(c), false));
            } else {
                i += width;
            }
        }
        return tokens;
    }

    /** A character read on its own: Chinese characters, kana, Hangul syllables. */
    static boolean ideographic(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || c == 0x30FC || c == 0x3005 || hangul(c);
    }

    /** A Hangul syllable (the jamo alone are letters of words being typed, not text). */
    static boolean hangul(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    private static boolean wordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
