package org.readout.extract.text;

import java.text.Normalizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Comparison keys for names: case, diacritics and punctuation folded away. */
public final class Fold {
    private Fold() {
    }

    /** "Bùi Thanh Sơn" and "bui thanh son" give the same key; so do "Hà Nội" and "Ha Noi". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        // Keys are made on every lookup, and most text is ASCII, which needs no normalisation.
        return isAscii(s) ? words(s) : words(withoutMarks(Normalizer.normalize(s, Normalizer.Form.NFKD)));
    }

    /** The key without spaces: "Ha Noi" and "Hanoi" meet here. */
    public static String compact(String s) {
        return key(s).replace(" ", "");
    }

    private static boolean isPlainWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text lower-cased with its combining marks (the accents NFKD split off) dropped, then the letters that do not
     * decompose folded as Lucene folds them: ø reads o, ł l, ß ss, đ d.
     */
    private static String withoutMarks(String decomposed) {
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(Character.toLowerCase(c));
            }
        });
        char[] in = sb.toString().toCharArray();
        char[] out = new char[in.length * 4]; // the filter's own bound: one character folds to at most four
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    /** ASCII letters lower-cased and digits kept; every other run of characters becomes one space, none at the ends. */
    private static String words(String s) {
        if (isPlainWord(s)) {
            return s; // most words of a text are already their own key
        }
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
