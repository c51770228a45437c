package org.readout.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.readout.model.Problem;

/**
 * CSV or TSV with a header row (Commons CSV), in UTF-8: each row a document named by its row
 * number (the header not counted). A row without text is reported and the next read. A row over
 * the limit stops the file, reported: after an unclosed quote there is no telling where the next
 * row starts.
 */
final class CsvReader {
    private final Reading reading;
    private final DumpRows rows;

    CsvReader(Reading reading) {
        this.reading = reading;
        this.rows = new DumpRows(reading.decoder(), reading.options());
    }

    void read(Place place, InputStream in) throws IOException {
        in.mark(FormatSniffer.HEAD);
        byte[] head = in.readNBytes(FormatSniffer.HEAD);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        }
        RowBudget budget = new RowBudget(new InputStreamReader(in, StandardCharsets.UTF_8), reading.limits().maxBytes());
        CSVParser parser = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(place.name(), head))
                .setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(budget);
        if (!rows.hasTextColumn(parser.getHeaderNames())) {
            reading.reject(place, Problem.error("no_text", "CSV header has no text column ("
                    + String.join(", ", reading.options().textColumns()) + "), not read"));
            return;
        }
        Iterator<CSVRecord> records = parser.iterator();
        long row = 0;
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                reading.reject(place.item(row + 1), Reading.problem("CSV row " + (row + 1) + " unreadable, rest of file not read: ", cause));
                return;
            }
            row = record.getRecordNumber();
            budget.nextRow();
            reading.emit(place.item(row), rows.document(place.item(row).id(), record.toMap()));
        }
    }

    /** Tab for a .tsv or a header with tabs and no commas, semicolon likewise, else comma. */
    private static char delimiter(String name, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElse("");
        if (name.toLowerCase(Locale.ROOT).endsWith(".tsv") || header.indexOf('\t') >= 0 && header.indexOf(',') < 0) {
            return '\t';
        }
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    /** Fails the parse once one row has taken more characters than a document may have, so no row is held whole beyond that. */
    private static final class RowBudget extends FilterReader {
        private final long limit;
        private long used;

        RowBudget(Reader in, long limit) {
            super(in);
            this.limit = limit;
        }

        void nextRow() {
            used = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            used += n;
            if (used > limit + FormatSniffer.HEAD) {
                throw new IOException(String.format(Locale.ROOT, "a row over the %,d-character limit for one document (--max-bytes)", limit));
            }
        }
    }
}
