package org.readout.cli;

import java.io.PrintWriter;

/** The output formats of {@code extract}. */
enum RecordFormat {
    jsonl, json, text;

    RecordWriter writer(PrintWriter out) {
        return switch (this) {
            case jsonl -> new JsonRecordWriter(out, false);
            case json -> new JsonRecordWriter(out, true);
            case text -> new TextRecordWriter(out);
        };
    }
}
