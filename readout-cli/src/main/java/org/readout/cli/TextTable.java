package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows under named columns, printed as an aligned table for a person or as CSV (RFC 4180) for
 * a spreadsheet (Commons CSV). Long cells are cut in the table (or the last column wrapped), never in CSV; a table
 * wider than the terminal is narrowed to fit, its long cells wrapped.
 */
record TextTable(List<String> headers, List<List<String>> rows) {
    private static final int MAX_CELL = 70;
    private static final String GAP = "  ";
    /** The narrowest a column of several words is made to fit a terminal. */
    private static final int MIN_FITTED = 6;

    TextTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells for " + headers.size() + " columns");
            }
        }
    }

    static Builder builder(String... headers) {
        return new Builder(List.of(headers));
    }

    /** The table in at most {@code maxWidth} columns where it can be ({@link Screen#UNLIMITED}: no limit). */
    void printTable(PrintWriter out, int maxWidth) {
        print(out, widths(), maxWidth, false);
    }

    /**
     * As {@link #printTable}, but the last column, prose such as a statement, is wrapped at
     * {@code lastWidth} columns under itself instead of cut.
     */
    void printWrapped(PrintWriter out, int lastWidth, int maxWidth) {
        int[] widths = widths();
        int last = widths.length - 1;
        widths[last] = Math.max(headers.get(last).length(),
                rows.stream().mapToInt(r -> Math.min(lastWidth, Wrap.width(oneLine(r.get(last))))).max().orElse(0));
        print(out, widths, maxWidth, true);
    }

    /**
     * Rows at these widths; if they are wider than {@code maxWidth} in all, the widest columns are narrowed until
     * the table fits, and their cells wrapped over several lines rather than cut to nothing.
     */
    private void print(PrintWriter out, int[] widths, int maxWidth, boolean wrapLast) {
        boolean fitted = fit(widths, maxWidth);
        printHead(out, widths);
        for (List<String> r : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < widths.length; i++) {
                boolean wrap = fitted || wrapLast && i == widths.length - 1;
                String cell = oneLine(r.get(i));
                List<String> lines = wrap ? Wrap.lines(cell, widths[i]) : List.of(cell);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int line = 0; line < height; line++) {
                List<String> next = new ArrayList<>();
                for (List<String> c : cells) {
                    next.add(line < c.size() ? c.get(line) : "");
                }
                line(out, next, widths);
            }
        }
        out.flush();
    }

    /**
     * Narrows columns to fit {@code maxWidth}; whether any was narrowed. A column of single words (dates, ids,
     * modes) keeps its width, so that what is copied from it is whole; of the others the widest is narrowed first,
     * to its header's width, then to {@link #MIN_FITTED}. A table that cannot fit stays wider than asked.
     */
    private boolean fit(int[] widths, int maxWidth) {
        int excess = Arrays.stream(widths).sum() + GAP.length() * (widths.length - 1) - maxWidth;
        boolean narrowed = false;
        for (boolean headersToo : new boolean[] {false, true}) {
            int[] floors = new int[widths.length];
            for (int i = 0; i < widths.length; i++) {
                int floor = headersToo ? MIN_FITTED : Math.max(MIN_FITTED, headers.get(i).length());
                floors[i] = singleWords(i) ? widths[i] : Math.min(widths[i], floor);
            }
            while (excess > 0) {
                int widest = -1;
                for (int i = 0; i < widths.length; i++) {
                    if (widths[i] > floors[i] && (widest < 0 || widths[i] > widths[widest])) {
                        widest = i;
                    }
                }
                if (widest < 0) {
                    break;
                }
                widths[widest]--;
                excess--;
                narrowed = true;
            }
        }
        return narrowed;
    }

    /** Whether a column holds single words, and some: an empty one is narrowed like prose. */
    private boolean singleWords(int column) {
        return rows.stream().allMatch(r -> oneLine(r.get(column)).indexOf(' ') < 0)
                && rows.stream().anyMatch(r -> !r.get(column).isBlank());
    }

    private int[] widths() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], Math.min(MAX_CELL, oneLine(r.get(i)).length()));
            }
        }
        return widths;
    }

    private void printHead(PrintWriter out, int[] widths) {
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths);
    }

    void printCsv(PrintWriter out) {
        try {
            CSVPrinter csv = CSVFormat.RFC4180.print(out);
            csv.printRecord(headers);
            csv.printRecords(rows);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintWriter throws none: it keeps the error for checkError
        }
    }

    /** One line of cells, each cut to its width and padded to it. */
    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cut(oneLine(cells.get(i)), widths[i]);
            b.append(c);
            if (i < cells.size() - 1) {
                b.append(" ".repeat(widths[i] - c.length())).append(GAP);
            }
        }
        out.println(TerminalSafe.text(b.toString().stripTrailing()));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** Collects rows in order. */
    static final class Builder {
        private final List<String> headers;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(List<String> headers) {
            this.headers = headers;
        }

        Builder row(Object... cells) {
            List<String> r = new ArrayList<>();
            for (Object c : cells) {
                r.add(c == null ? "" : c.toString());
            }
            rows.add(r);
            return this;
        }

        TextTable build() {
            return new TextTable(headers, rows);
        }
    }
}
