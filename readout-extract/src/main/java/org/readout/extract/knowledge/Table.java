package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * A tab-separated knowledge file: {@code #} lines are comments, the first other line names
 * the columns, multi-valued cells are {@code |}-separated.
 */
public record Table(String file, List<String> columns, List<Row> rows) {

    /** One data row; {@code line} is its 1-based line number for error messages. */
    public record Row(String file, int line, Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new KnowledgeException(file, line, "no column '" + column + "'");
            }
            return value.strip();
        }

        public String optional(String column) {
            String value = cells.getOrDefault(column, "").strip();
            return value.isEmpty() ? null : value;
        }

        public List<String> list(String column) {
            String value = cells.getOrDefault(column, "").strip();
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public Integer integer(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new KnowledgeException(file, line, "column '" + column + "' is not a number: " + value);
            }
        }
    }

    public static Table parse(String file, String content) {
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = List.of(cells);
                continue;
            }
            if (cells.length > columns.size()) {
                throw new KnowledgeException(file, i + 1, cells.length + " cells for " + columns.size() + " columns");
            }
            Map<String, String> map = new HashMap<>();
            for (int c = 0; c < cells.length; c++) {
                map.put(columns.get(c), cells[c]);
            }
            rows.add(new Row(file, i + 1, map));
        }
        if (columns == null) {
            throw new KnowledgeException(file, 0, "no header line");
        }
        return new Table(file, columns, List.copyOf(rows));
    }
}
