package org.readout.extract.knowledge;

/**
 * How far a written name is from the spellings of a person, word by word over folded keys.
 * A word matches a word with the same first letter and at most a third of its length in edits
 * (none for words of three letters or fewer); the whole name at most a fifth of its letters.
 */
final class NameDistance {
    static final int FAR = Integer.MAX_VALUE;

    private NameDistance() {
    }

    /**
     * The least distance of {@code words} to any spelling key, whole or, when fewer words are
     * written, to the spelling's first or last words ("Medveded" to "dmitry medvedev"); FAR when none is close.
     */
    static int best(String[] words, Iterable<String> spellings) {
        int best = FAR;
        for (String spelling : spellings) {
            String[] known = spelling.split(" ");
            if (words.length > known.length) {
                continue;
            }
            best = Math.min(best, aligned(words, known, known.length - words.length));
            if (words.length < known.length) {
                best = Math.min(best, aligned(words, known, 0));
            }
        }
        return best;
    }

    private static int aligned(String[] words, String[] known, int offset) {
        int total = 0;
        int letters = 0;
        for (int i = 0; i < words.length; i++) {
            String a = words[i];
            String b = known[offset + i];
            if (a.charAt(0) != b.charAt(0)) {
                return FAR;
            }
            int longer = Math.max(a.length(), b.length());
            int d = levenshtein(a, b, longer <= 3 ? 0 : (longer + 1) / 3);
            if (d == FAR) {
                return FAR;
            }
            total += d;
            letters += longer;
        }
        return total <= Math.max(1, letters / 5) ? total : FAR;
    }

    /** Edit distance, or FAR once it must exceed {@code limit}. */
    static int levenshtein(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return FAR;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return FAR;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= limit ? previous[b.length()] : FAR;
    }
}
