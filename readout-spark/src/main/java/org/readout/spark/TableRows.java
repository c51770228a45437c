package org.readout.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A partition's rows of each fact table, in {@link ExportSchema}'s columns (the events' without their meeting
 * yet), the reports its events give the meeting merge, and the inputs it skipped.
 */
record TableRows(List<Row> documents, List<Row> events, List<Row> participants, List<Row> statements,
                 List<Report> reports, List<Row> skipped) implements Serializable {
    private static final long serialVersionUID = 1L;

    TableRows {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        participants = List.copyOf(participants);
        statements = List.copyOf(statements);
        reports = List.copyOf(reports);
        skipped = List.copyOf(skipped);
    }
}
