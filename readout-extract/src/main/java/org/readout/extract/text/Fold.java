package org.readout.extract.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparison keys for names: case, diacritics and punctuation folded away. */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** "Bùi Thanh Sơn" and "bui thanh son" give the same key; so do "Hà Nội" and "Ha Noi". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        // Keys are made on every lookup, and most text is ASCII, which needs no normalisation.
        if (isAscii(s)) {
            return words(s);
        }
        String t = s.replace('đ', 'd').replace('Đ', 'D').replace('’', '\'');
        return words(MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** The key without spaces: "Ha Noi" and "Hanoi" meet here. */
    public static String compact(String s) {
        return key(s).replace(" ", "");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** ASCII letters lower-cased and digits kept; every other run of characters becomes one space, none at the ends. */
    private static String words(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9') {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(lower);
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }
}
