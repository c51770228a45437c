package org.readout.extract.language;

import java.util.Set;

/**
 * Whether English function words settle a text's language without the statistical model. Only
 * words written in lower case count: in a readout the capitalised words are mostly names, whose
 * spelling (and accents) come from the named person's language, while the small words around
 * them come from the language of the text.
 */
final class EnglishEvidence {
    /** Frequent English words that are not frequent words of other languages written in Latin letters. */
    private static final Set<String> ENGLISH_ONLY = Set.of("the", "and", "with", "that", "this", "which", "from",
            "were", "been", "their", "would", "could", "should", "have", "has", "had", "they", "its", "his", "said",
            "not", "who", "these", "those", "there", "after", "during", "between", "into", "about", "than", "when",
            "while", "being", "them", "our", "your");
    /** Frequent English words that are also words of other languages ("in" in German, "on" in French). */
    private static final Set<String> SHARED = Set.of("a", "an", "in", "on", "to", "of", "is", "was", "at", "as",
            "by", "for", "her", "will", "also", "it", "be", "or", "are");
    /** English prose has 30 to 55 % of its lower-case words in these lists; other languages have under 20 %. */
    private static final double SHARE = 0.25;
    /** One sentence can be enough, but not one word. */
    private static final int MIN_HITS = 2;

    private EnglishEvidence() {
    }

    /** A letter of a script without capitals: a page in it that quotes English ("Minister for Foreign Affairs of ...") is not English. */
    private static boolean caseless(char c) {
        return !Character.isUpperCase(c) && !Character.isLowerCase(c) && Character.isLetter(c);
    }

    /** True when the text is English beyond doubt; false means "ask the model", not "not English". */
    static boolean decides(CharSequence text) {
        int lowerWords = 0;
        int englishOnly = 0;
        int shared = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (caseless(text.charAt(start))) {
                lowerWords += i - start; // Chinese, Japanese, Arabic: every letter is evidence of another language
            } else if (Character.isLowerCase(text.charAt(start))) {
                String word = text.subSequence(start, i).toString();
                lowerWords++;
                englishOnly += ENGLISH_ONLY.contains(word) ? 1 : 0;
                shared += SHARED.contains(word) ? 1 : 0;
            }
        }
        int hits = englishOnly + shared;
        return englishOnly > 0 && hits >= MIN_HITS && hits >= SHARE * lowerWords;
    }
}
