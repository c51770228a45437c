package org.readout.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.readout.model.Statement;
import org.readout.store.TopicCount;

/**
 * Topic counts of two states laid out: a table of period and topic rows with a column per side,
 * and a bar chart per topic across periods on one scale, so that a change of emphasis over time shows.
 */
final class TopicTable {
    private static final int BAR_WIDTH = 40;
    private static final String BOTH = "both";

    private final List<String> sides;
    /** period → topic → side → count, periods and topics in order. */
    private final Map<String, Map<String, Map<String, Long>>> counts = new TreeMap<>();
    private final Map<String, Long> totals = new TreeMap<>();
    private final boolean anyBoth;

    TopicTable(List<String> sides, List<TopicCount> rows) {
        this.sides = List.copyOf(sides);
        for (TopicCount c : rows) {
            String side = Statement.BOTH_COUNTRY.equals(c.country()) ? BOTH : c.country();
            counts.computeIfAbsent(c.period(), p -> new TreeMap<>()).computeIfAbsent(c.topic(), t -> new TreeMap<>())
                    .merge(side, c.count(), Long::sum);
            totals.merge(c.topic(), c.count(), Long::sum);
        }
        this.anyBoth = rows.stream().anyMatch(c -> Statement.BOTH_COUNTRY.equals(c.country()));
    }

    private List<String> columns() {
        List<String> columns = new ArrayList<>(sides);
        if (anyBoth) {
            columns.add(BOTH);
        }
        return columns;
    }

    /** Per period, its topics most spoken on first; a person's table leaves zeros blank. */
    TextTable table(boolean forPerson) {
        List<String> headers = new ArrayList<>(List.of("period", "topic"));
        headers.addAll(columns());
        TextTable.Builder t = TextTable.builder(headers.toArray(String[]::new));
        counts.forEach((period, topics) -> topics.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> e) -> -sum(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    List<Object> row = new ArrayList<>(List.of(period, e.getKey()));
                    for (String side : columns()) {
                        long n = e.getValue().getOrDefault(side, 0L);
                        row.add(forPerson && n == 0 ? "" : n);
                    }
                    t.row(row.toArray());
                }));
        return t.build();
    }

    /** A chart per topic, the {@code top} most spoken on (0: all), each side's bar in every period. */
    void printCharts(PrintWriter out, int top) {
        List<String> topics = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(top == 0 ? Long.MAX_VALUE : top).toList();
        int periodWidth = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        // one scale for every chart, so that bars compare across topics too
        long max = counts.values().stream().flatMap(t -> t.values().stream()).flatMap(n -> n.values().stream())
                .mapToLong(Long::longValue).max().orElse(0);
        BarChart chart = new BarChart(BAR_WIDTH);
        for (String topic : topics) {
            out.println();
            out.println(topic + " (" + totals.get(topic) + ")");
            counts.forEach((period, byTopic) -> {
                Map<String, Long> n = byTopic.getOrDefault(topic, Map.of());
                List<String> shown = columns().stream().filter(side -> !BOTH.equals(side) || n.containsKey(BOTH)).toList();
                for (int i = 0; i < shown.size(); i++) {
                    long value = n.getOrDefault(shown.get(i), 0L);
                    String label = String.format("  %-" + periodWidth + "s  %-4s ", i == 0 ? period : "", shown.get(i));
                    String bar = chart.bar(value, max);
                    out.println(label + bar + (bar.isEmpty() ? "" : " ") + value);
                }
            });
        }
        if (top > 0 && totals.size() > top) {
            out.println();
            out.println("(charts for " + top + " of " + totals.size() + " topics; --top 0 for all)");
        }
    }

    private static long sum(Map<String, Long> bySide) {
        return bySide.values().stream().collect(Collectors.summingLong(Long::longValue));
    }
}
