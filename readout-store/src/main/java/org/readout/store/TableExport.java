package org.readout.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fact tables as files, written by DuckDB's COPY: documents (without the record JSON, which
 * the JSON Lines export carries), events with the meeting each is an account of, participants,
 * statements and meetings.
 */
final class TableExport {
    /** File name (without extension) to the query that fills it, in export order. */
    private static final Map<String, String> TABLES = tables();

    private TableExport() {
    }

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("documents", "SELECT id, seq, name, origin, title, language, published, outlet, url, perspective, topics, labels,"
                + " problems, text, extractor_version, knowledge_hash, ingested_at, metadata FROM documents ORDER BY seq");
        t.put("events", "SELECT e.*, a.meeting_id FROM events e LEFT JOIN meeting_accounts a"
                + " ON a.document_id = e.document_id AND a.event_index = e.event_index ORDER BY e.document_id, e.event_index");
        t.put("participants", "SELECT * FROM participants ORDER BY document_id, event_index, position");
        t.put("statements", "SELECT * FROM statements ORDER BY document_id, statement_index");
        t.put("meetings", "SELECT * FROM meetings ORDER BY date NULLS LAST, id");
        return Collections.unmodifiableMap(t);
    }

    /** Writes one file per table into {@code dir} (which must exist), replacing files of the same name; the files in table order. */
    static List<Path> write(Connection c, Path dir, TableFormat format) throws SQLException {
        List<Path> files = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                Path file = dir.resolve(table.getKey() + "." + format.extension()).toAbsolutePath();
                // COPY takes no parameter for its target: the path is a quoted literal
                s.execute("COPY (" + table.getValue() + ") TO '" + file.toString().replace("'", "''") + "' ("
                        + (format == TableFormat.CSV ? "FORMAT CSV, HEADER" : "FORMAT PARQUET") + ")");
                files.add(file);
            }
        }
        return files;
    }
}
