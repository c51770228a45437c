package org.readout.analysis;

import java.util.List;
import org.readout.extract.text.Fold;

/**
 * Whether two outlets' spellings name the same person: "Bùi Thanh Sơn" and "Bui Thanh Son",
 * "Antony J. Blinken" and "Anthony Blinken", "S Jaishankar" and "Subrahmanyam Jaishankar".
 */
final class PersonNames {
    private PersonNames() {
    }

    static boolean same(String a, String b) {
        List<String> x = tokens(a);
        List<String> y = tokens(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        if (!last(x).equals(last(y))) {
            return false;
        }
        // One bare surname, or first names that share an initial (spelling variants, initials).
        return x.size() == 1 || y.size() == 1 || x.get(0).charAt(0) == y.get(0).charAt(0);
    }

    /** The folded surname-or-last-word, as a key for a person whose state is unknown. */
    static String lastWord(String name) {
        List<String> t = tokens(name);
        return t.isEmpty() ? "" : last(t);
    }

    private static List<String> tokens(String name) {
        String key = Fold.key(name);
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    private static String last(List<String> tokens) {
        return tokens.get(tokens.size() - 1);
    }
}
