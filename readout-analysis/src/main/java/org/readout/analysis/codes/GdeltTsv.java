package org.readout.analysis.codes;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes {@link GdeltEvent}s as GDELT's event files are: tab-separated, no header, a line feed after
 * each row, an empty field for a missing value. GDELT's values hold no tabs or line breaks; a value
 * with a double quote is quoted (as pandas, R and DuckDB read it back), which GDELT's own never need.
 */
public final class GdeltTsv implements Flushable {
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).setIgnoreSurroundingSpaces(false)
            .setTrim(false).get();

    private final CSVPrinter printer;

    public GdeltTsv(Appendable out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(GdeltEvent event) {
        try {
            printer.printRecord(event.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
