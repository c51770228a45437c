package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
    @Test
    void theLargestValueFillsTheWidthAndOthersScale() {
        StringWriter s = new StringWriter();
        new BarChart(10).print(new PrintWriter(s), List.of(new BarChart.Bar("trade", 8), new BarChart.Bar("maritime", 4),
                new BarChart.Bar("health", 0)));

        assertThat(s.toString().lines().toList()).containsExactly(
                "trade    ██████████ 8",
                "maritime █████ 4",
                "health    0");
    }

    @Test
    void partialCellsUseEighthBlocks() {
        assertThat(new BarChart(1).bar(1, 2)).isEqualTo("▌");
        assertThat(new BarChart(2).bar(3, 8)).isEqualTo("▊");
    }
}
