package org.readout.extract.multilingual;

import java.util.List;

/**
 * How a language changes a word that a dictionary lists in one form: endings ("Лавров",
 * "Лавровым"; "Russland", "Russlands"), a final vowel that endings replace ("Россия", "России"),
 * and clitics written onto the front (Arabic "و", "ب", "ال").
 *
 * @param maxEnding  letters a word may carry after the listed form (0: exact match)
 * @param stemVowels final letters that an ending replaces
 * @param prefixes   clitics that may stand before a word, longest first
 */
record Inflection(int maxEnding, String stemVowels, List<String> prefixes) {
    static final Inflection NONE = new Inflection(0, "", List.of());
    /** The shortest stem an ending may follow: shorter words must match exactly. */
    static final int MIN_STEM = 3;
    /** Endings an entry marked open ("russisch*") may take. */
    static final int OPEN_ENDING = 8;

    Inflection {
        prefixes = List.copyOf(prefixes);
    }

    /** The form a dictionary word is stored under: without a final vowel that endings replace. */
    String stem(String word) {
        if (maxEnding > 0 && word.length() > MIN_STEM && stemVowels.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
