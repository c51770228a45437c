package org.readout.input;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Puts text into the one shape later stages expect: no BOM, {@code \n} line ends, NFC. */
final class TextNormaliser {
    private static final Pattern LINE_END = Pattern.compile("\r\n?");
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\u00A0]+");

    private TextNormaliser() {
    }

    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return Normalizer.normalize(LINE_END.matcher(withoutBom).replaceAll("\n"), Normalizer.Form.NFC);
    }

    /** Runs of white space, line breaks and no-break spaces included, as one space: how HTML renders them. */
    static String collapseSpaces(String text) {
        return SPACE_RUN.matcher(text).replaceAll(" ");
    }

    /** Blank in the Unicode sense, so a file of no-break spaces counts as empty too. */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
