package org.readout.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/** A partition's rows of each exported table, in {@link ExportSchema}'s columns. */
record TableRows(List<Row> documents, List<Row> events, List<Row> participants, List<Row> statements) implements Serializable {
    private static final long serialVersionUID = 1L;

    TableRows {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        participants = List.copyOf(participants);
        statements = List.copyOf(statements);
    }
}
