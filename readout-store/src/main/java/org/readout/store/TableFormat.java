package org.readout.store;

import java.util.Locale;

/**
 * The file formats {@link Store#exportTables} writes: CSV with a header row (a list as a JSON array
 * in its cell), Parquet (lists as lists), or JSON (an array of one object per row).
 */
public enum TableFormat {
    CSV, PARQUET, JSON;

    /** "csv", "parquet", "json": the files' extension. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
