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
import java.util.Set;

/**
 * The fact tables as files, written by DuckDB's COPY: documents (without the record JSON, which
 * the JSON Lines export carries), events with the meeting each is an account of, participants,
 * statements and meetings. Each column keeps its type where the format has one; CSV has none for a
 * list, so there a list is its JSON array, which DuckDB's CSV writer quotes. docs/data.md describes
 * every column.
 */
final class TableExport {
    /** File name (without extension) to the query that fills it, in export order. */
    private static final Map<String, String> TABLES = tables();
    /** Columns holding a JSON object as text: in a JSON file, written as the object itself. */
    private static final Set<String> JSON_TEXT = Set.of("metadata", "meeting_json");

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
                s.execute("COPY (" + query(c, table.getValue(), format) + ") TO '" + file.toString().replace("'", "''") + "' ("
                        + options(format) + ")");
                files.add(file);
            }
        }
        return files;
    }

    /** The table's query with the columns the format cannot hold as they are converted. */
    private static String query(Connection c, String sql, TableFormat format) throws SQLException {
        if (format == TableFormat.PARQUET) {
            return sql;
        }
        List<String> replaced = new ArrayList<>();
        Sql.each(c, "DESCRIBE " + sql, rs -> {
            String column = rs.getString("column_name");
            if (format == TableFormat.CSV && rs.getString("column_type").endsWith("[]")) {
                replaced.add("to_json(" + column + ") AS " + column);
            } else if (format == TableFormat.JSON && JSON_TEXT.contains(column)) {
                replaced.add("json(" + column + ") AS " + column);
            }
        });
        return replaced.isEmpty() ? sql : "SELECT * REPLACE (" + String.join(", ", replaced) + ") FROM (" + sql + ")";
    }

    private static String options(TableFormat format) {
        return switch (format) {
            case CSV -> "FORMAT CSV, HEADER";
            case PARQUET -> "FORMAT PARQUET";
            case JSON -> "FORMAT JSON, ARRAY true";
        };
    }
}
