package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows under named columns, printed as an aligned table for a person or as CSV (RFC 4180) for
 * a spreadsheet (Commons CSV). Long cells are cut in the table (or the last column wrapped), never in CSV.
 */
record TextTable(List<String> headers, List<List<String>> rows) {
    private static final int MAX_CELL = 70;
    private static final String GAP = "  ";

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

    void printTable(PrintWriter out) {
        int[] widths = widths();
        printHead(out, widths);
        rows.forEach(r -> line(out, r, widths, true));
        out.flush();
    }

    /**
     * As {@link #printTable}, but the last column, prose such as a statement, is wrapped at
     * {@code lastWidth} columns under itself instead of cut.
     */
    void printWrapped(PrintWriter out, int lastWidth) {
        int[] widths = widths();
        int last = widths.length - 1;
        widths[last] = Math.max(headers.get(last).length(),
                rows.stream().mapToInt(r -> Math.min(lastWidth, Wrap.width(oneLine(r.get(last))))).max().orElse(0));
        printHead(out, widths);
        List<String> blank = Collections.nCopies(last, "");
        for (List<String> r : rows) {
            List<String> lines = Wrap.lines(oneLine(r.get(last)), lastWidth);
            List<String> first = new ArrayList<>(r.subList(0, last));
            first.add(lines.get(0));
            line(out, first, widths, false);
            for (String more : lines.subList(1, lines.size())) {
                List<String> next = new ArrayList<>(blank);
                next.add(more);
                line(out, next, widths, false);
            }
        }
        out.flush();
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
        line(out, headers, widths, true);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths, true);
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

    /** One line of cells padded to their widths; the last is cut to its width only if {@code cutLast}. */
    private static void line(PrintWriter out, List<String> cells, int[] widths, boolean cutLast) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean last = i == cells.size() - 1;
            String c = last && !cutLast ? cells.get(i) : cut(oneLine(cells.get(i)), widths[i]);
            b.append(c);
            if (!last) {
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
