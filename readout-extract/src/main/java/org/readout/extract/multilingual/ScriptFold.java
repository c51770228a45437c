package org.readout.extract.multilingual;

import java.text.Normalizer;
import java.util.Map;

/**
 * Comparison keys for words of any script: lower case, accents of Latin, Greek and Cyrillic
 * letters dropped ("Çavuşoğlu" = "cavusoglu", "Сергей" = "сергеи"), Arabic vowel marks and letter
 * variants folded, traditional Chinese characters read as simplified. Kana and Hangul keep their
 * marks: in those scripts a mark changes the letter.
 */
final class ScriptFold {
    /** Letters below this code point are Latin, Greek or Cyrillic, whose accents are folded away. */
    private static final int END_OF_CASED_SCRIPTS = 0x0530;
    private final Map<Integer, Integer> simplified;
    private final boolean keepMarks;

    /**
     * @param simplified traditional Chinese characters to their simplified forms (may be empty)
     * @param keepMarks  keep the accents of Latin letters (Vietnamese: "thăm" visit, "tham" take part)
     */
    ScriptFold(Map<Integer, Integer> simplified, boolean keepMarks) {
        this.simplified = Map.copyOf(simplified);
        this.keepMarks = keepMarks;
    }

    String fold(CharSequence word) {
        if (keepMarks) {
            return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(word.length());
        word.codePoints().forEach(c -> append(sb, c));
        return sb.toString();
    }

    private void append(StringBuilder sb, int c) {
        if (c < END_OF_CASED_SCRIPTS) {
            appendCased(sb, c);
        } else if (c >= 0x0600 && c <= 0x06FF) {
            appendArabic(sb, c);
        } else {
            sb.appendCodePoint(simplified.getOrDefault(c, c));
        }
    }

    private static void appendCased(StringBuilder sb, int c) {
        switch (c) {
            case 'ı', 'İ' -> sb.append('i');
            case 'đ', 'Đ' -> sb.append('d');
            case 'ß' -> sb.append("ss");
            default -> {
                String decomposed = c < 0x80 ? Character.toString(c)
                        : Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
                decomposed.codePoints().filter(d -> Character.getType(d) != Character.NON_SPACING_MARK)
                        .forEach(d -> sb.appendCodePoint(Character.toLowerCase(d)));
            }
        }
    }

    private static void appendArabic(StringBuilder sb, int c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK || c == 0x0640) {
            return; // vowel marks and the tatweel do not tell words apart
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
            case 'ى' -> sb.append('ي');
            case 'ة' -> sb.append('ه');
            default -> sb.appendCodePoint(c);
        }
    }
}
