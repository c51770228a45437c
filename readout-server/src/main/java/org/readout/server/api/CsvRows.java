package org.readout.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list's items as CSV, one row each, from the same JSON the API sends: nested objects become
 * dotted columns ({@code statement.speaker}), lists stay JSON arrays in one cell, null is empty.
 * The columns are those of any item, in the order first met.
 */
final class CsvRows {
    private final ObjectMapper json;

    CsvRows(ObjectMapper json) {
        this.json = json;
    }

    String write(List<?> items) {
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", json.valueToTree(item), row);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out)) {
            for (Map<String, String> row : rows) {
                csv.printRecord(columns.stream().map(c -> row.getOrDefault(c, "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject() && (prefix.isEmpty() || !node.isEmpty())) {
            node.properties().forEach(e -> flatten(prefix + e.getKey() + ".", e.getValue(), row));
            return;
        }
        String column = prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1);
        row.put(column, node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString());
    }
}
