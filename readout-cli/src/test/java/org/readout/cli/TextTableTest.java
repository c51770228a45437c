package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TextTableTest {
    private static final TextTable MEETINGS = TextTable.builder("date", "place", "mode")
            .row("2023-07-13", "Jakarta", "third_location")
            .row("2021-09-11", "Hanoi, Vietnam", "visit")
            .build();

    @Test
    void columnsAreAlignedUnderARule() {
        StringWriter s = new StringWriter();
        MEETINGS.printTable(new PrintWriter(s), Screen.UNLIMITED);

        assertThat(s.toString().lines().toList()).containsExactly(
                "date        place           mode",
                "----------  --------------  --------------",
                "2023-07-13  Jakarta         third_location",
                "2021-09-11  Hanoi, Vietnam  visit");
    }

    @Test
    void longCellsAreCutInTheTableButNotInCsv() {
        String sentence = "Wang Yi said China is ready to work with Vietnam ".repeat(4).strip();
        TextTable t = TextTable.builder("text").row(sentence).build();
        StringWriter table = new StringWriter();
        StringWriter csv = new StringWriter();

        t.printTable(new PrintWriter(table), Screen.UNLIMITED);
        t.printCsv(new PrintWriter(csv));

        assertThat(table.toString().lines().skip(2).findFirst().orElseThrow()).hasSize(70).endsWith("…");
        assertThat(csv.toString()).contains(sentence);
    }

    @Test
    void csvQuotesCommasQuotesAndNewlines() {
        StringWriter s = new StringWriter();
        TextTable.builder("a", "b").row("Hanoi, Vietnam", "he said \"yes\"\nand left").build().printCsv(new PrintWriter(s));

        assertThat(s.toString()).isEqualTo("a,b\r\n\"Hanoi, Vietnam\",\"he said \"\"yes\"\"\nand left\"\r\n");
    }

    @Test
    void csvReadsBackAsTheCellsWritten() throws Exception {
        List<List<String>> rows = List.of(List.of("", "# not a comment", " padded "), List.of("undated", "\"quoted\"", "a,\r\nb"));
        StringWriter s = new StringWriter();
        new TextTable(List.of("date", "b", "c"), rows).printCsv(new PrintWriter(s));

        try (CSVParser parser = CSVParser.parse(s.toString(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getRecords()).extracting(CSVRecord::toList).containsExactlyElementsOf(rows);
            assertThat(parser.getHeaderNames()).containsExactly("date", "b", "c");
        }
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> new TextTable(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastColumnWrapsUnderItselfInsteadOfBeingCut() {
        StringWriter s = new StringWriter();
        TextTable.builder("date", "statement")
                .row("2021-09-11", "China is willing to work with Vietnam and other ASEAN nations")
                .row("2024-04-04", "Vietnam adheres to the one-China principle.")
                .build().printWrapped(new PrintWriter(s), 24, Screen.UNLIMITED);

        assertThat(s.toString().lines().toList()).containsExactly(
                "date        statement",
                "----------  ------------------------",
                "2021-09-11  China is willing to work",
                "            with Vietnam and other",
                "            ASEAN nations",
                "2024-04-04  Vietnam adheres to the",
                "            one-China principle.");
    }

    @Test
    void aTableWiderThanTheTerminalIsNarrowedToFitItsWidestCellsWrapped() {
        TextTable t = TextTable.builder("date", "participants", "id")
                .row("2023-07-13", "Wang Yi (CHN), Bui Thanh Son (VNM), Retno Marsudi (IDN)", "m4500ecf1d850")
                .build();
        StringWriter s = new StringWriter();
        t.printTable(new PrintWriter(s), 50);

        assertThat(s.toString().lines().toList()).containsExactly(
                "date        participants             id",
                "----------  -----------------------  -------------",
                "2023-07-13  Wang Yi (CHN), Bui       m4500ecf1d850",
                "            Thanh Son (VNM), Retno",
                "            Marsudi (IDN)");
        assertThat(s.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
    }

    @Test
    void aWordLongerThanItsNarrowedColumnIsCutWithAnEllipsis() {
        StringWriter s = new StringWriter();
        TextTable.builder("a", "b").row("a " + "x".repeat(30), "b " + "y".repeat(30)).build().printTable(new PrintWriter(s), 40);

        assertThat(s.toString().lines().skip(2).toList())
                .containsExactly("a" + " ".repeat(20) + "b", "x".repeat(18) + "…  " + "y".repeat(18) + "…");
    }

    @Test
    void aColumnOfSingleWordsKeepsItsWidthSoThatIdsAreWhole() {
        StringWriter s = new StringWriter();
        TextTable.builder("id", "text").row("m4500ecf1d850", "China and Vietnam agreed to expand trade").build()
                .printTable(new PrintWriter(s), 30);

        assertThat(s.toString().lines().skip(2).toList())
                .containsExactly("m4500ecf1d850  China and", "               Vietnam agreed", "               to expand trade");
    }

    @Test
    void theWidthIsColumnsElseTheTerminalsElseNoLimit() {
        assertThat(Screen.width(java.util.Map.of("COLUMNS", "72"), () -> 120)).isEqualTo(72);
        assertThat(Screen.width(java.util.Map.of("COLUMNS", "wide"), () -> 120)).isEqualTo(120);
        assertThat(Screen.width(java.util.Map.of(), () -> 0)).isEqualTo(Screen.UNLIMITED);
    }
}
