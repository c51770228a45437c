package org.readout.cli;

import java.io.PrintWriter;
import java.util.List;

/** Horizontal bars in the terminal, scaled to the largest value: "trade   ██████▍ 13". */
final class BarChart {
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    /** A labelled value. */
    record Bar(String label, double value) {
    }

    private final int width;

    BarChart(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
        this.width = width;
    }

    void print(PrintWriter out, List<Bar> bars) {
        int labelWidth = bars.stream().mapToInt(b -> b.label().length()).max().orElse(0);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        for (Bar b : bars) {
            out.println(String.format("%-" + Math.max(1, labelWidth) + "s %s %s", b.label(), bar(b.value(), max),
                    format(b.value())).stripTrailing());
        }
        out.flush();
    }

    String bar(double value, double max) {
        if (max <= 0 || value <= 0) {
            return "";
        }
        int eighths = (int) Math.round(value / max * width * 8);
        return "█".repeat(eighths / 8) + EIGHTHS[eighths % 8];
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format("%.2f", v);
    }
}
