package org.readout.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Word wrapping for the layouts a person reads; terminal escapes (bold) take no width. */
final class Wrap {
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;]*m");

    private Wrap() {
    }

    /** The words of {@code text} in lines of at most {@code width} visible characters (a longer word stands alone). */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.strip().split("\\s+")) {
            int w = width(word);
            if (used > 0 && used + 1 + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(used > 0 ? " " : "").append(word);
            used += (used > 0 ? 1 : 0) + w;
        }
        lines.add(line.toString());
        return lines;
    }

    /** How many columns {@code s} takes on a terminal. */
    static int width(String s) {
        return ESCAPE.matcher(s).replaceAll("").length();
    }

    /** {@code text} wrapped to {@code width} columns in all, its first line after {@code first}, the others after {@code rest}. */
    static void print(PrintWriter out, String first, String rest, String text, int width) {
        List<String> lines = lines(text, Math.max(20, width - Math.max(width(first), width(rest))));
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? first : rest) + lines.get(i));
        }
    }
}
