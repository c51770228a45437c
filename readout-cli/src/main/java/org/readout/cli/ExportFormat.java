package org.readout.cli;

import org.readout.store.TableFormat;

/** What {@code export} writes: a stream of lines into one file, or the tables as files in a folder. */
enum ExportFormat {
    jsonl, csv, parquet, json, gdelt, cameo, plover;

    /** The table format of a folder export; null for a format that writes one file. */
    TableFormat tables() {
        return switch (this) {
            case csv -> TableFormat.CSV;
            case parquet -> TableFormat.PARQUET;
            case json -> TableFormat.JSON;
            default -> null;
        };
    }
}
