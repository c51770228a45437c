package org.readout.extract.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Comparison keys for names: case, diacritics and punctuation folded away. */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Fold() {
    }

    /** "Bùi Thanh Sơn" and "bui thanh son" give the same key; so do "Hà Nội" and "Ha Noi". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace('đ', 'd').replace('Đ', 'D').replace('’', '\'');
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return NON_ALNUM.matcher(t).replaceAll(" ").strip();
    }

    /** The key without spaces: "Ha Noi" and "Hanoi" meet here. */
    public static String compact(String s) {
        return key(s).replace(" ", "");
    }
}
