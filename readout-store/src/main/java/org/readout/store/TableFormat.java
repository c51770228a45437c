package org.readout.store;

import java.util.Locale;

/** The file formats {@link Store#exportTables} writes: CSV with a header row, or Parquet. */
public enum TableFormat {
    CSV, PARQUET;

    /** "csv", "parquet": the files' extension. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
