package org.readout.cli;

/**
 * Text from documents made safe to print for a person: a document may hold terminal escape
 * sequences (ESC, the C1 controls) that would move the cursor, recolour or retitle the terminal.
 * Line breaks and tabs stay; every other control character becomes U+FFFD.
 */
final class TerminalSafe {
    private static final char REPLACEMENT = '\uFFFD';

    private TerminalSafe() {
    }

    static String text(String s) {
        if (s == null || s.chars().noneMatch(TerminalSafe::unsafe)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append(unsafe(c) ? REPLACEMENT : (char) c));
        return b.toString();
    }

    private static boolean unsafe(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t';
    }
}
