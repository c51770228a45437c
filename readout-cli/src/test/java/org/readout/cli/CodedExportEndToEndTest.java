package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readout export --format gdelt|cameo|plover} of the founding documents, read back as event-data
 * users read them: GDELT's rows with GDELT's published column list (from {@code ../shared/spec/codes},
 * beside the project as CI has it), PLOVER's lines as JSON with PLOVER's fields and values.
 */
class CodedExportEndToEndTest {
    private static final Path CODES = Path.of("").toAbsolutePath().getParent().resolve("../shared/spec/codes").normalize();
    private static final Set<String> PLOVER_EVENTS = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "INVESTIGATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE",
            "COERCE", "ASSAULT", "FIGHT");
    private static final Set<String> CONSULT_MODES = Set.of("visit", "third-party", "multilateral", "phone");

    @TempDir
    static Path dir;

    private static SampleStore store;

    @BeforeAll
    static void storeTheExamples() {
        store = SampleStore.examples(dir);
    }

    /** GDELT's columns in order, with the type its column list gives each: INTEGER, FLOAT or STRING. */
    private static Map<String, String> gdeltColumns() throws IOException {
        Path list = CODES.resolve("gdelt-2.0-event-columns.csv");
        assumeTrue(Files.isRegularFile(list), "no GDELT column list at " + list);
        Map<String, String> columns = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .forEach(r -> columns.put(r.get("tableId"), r.get("dataType")));
        }
        return columns;
    }

    private static List<CSVRecord> rows(Path tsv) throws IOException {
        try (Reader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            return CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false).get().parse(in).getRecords();
        }
    }

    @Test
    void gdeltRowsHaveEveryColumnOfGdeltsListWithItsType() throws Exception {
        Map<String, String> columns = gdeltColumns();
        List<String> names = new ArrayList<>(columns.keySet());
        Path out = dir.resolve("events.tsv");
        assertThat(store.ok("export", "--format", "gdelt", "--out", out.toString()).outLines()).singleElement().asString()
                .endsWith(" events in " + out);

        List<CSVRecord> rows = rows(out);
        assertThat(columns).hasSize(61);
        assertThat(rows).hasSizeGreaterThan(5).allSatisfy(r -> assertThat(r.size()).isEqualTo(61));
        assertThat(rows.get(0).get(0)).as("no header row").matches("\\d+");
        for (CSVRecord r : rows) {
            for (int i = 0; i < names.size(); i++) {
                String value = r.get(i);
                String as = names.get(i) + " of " + r.get(0);
                switch (columns.get(names.get(i))) {
                    case "INTEGER" -> assertThat(value).as(as).matches("|-?\\d+");
                    case "FLOAT" -> assertThat(value).as(as).matches("|-?\\d+(\\.\\d+)?");
                    default -> assertThat(value).as(as).doesNotContain("\t", "\n");
                }
            }
            assertThat(r.get(names.indexOf("SQLDATE"))).matches("(19|20)\\d{6}");
            assertThat(r.get(names.indexOf("DATEADDED"))).matches("20\\d{12}");
        }
        assertThat(rows.stream().map(r -> r.get(0))).doesNotHaveDuplicates();
    }

    @Test
    void duckDbReadsTheRowsWithGdeltsTypesAsAnAnalystsScriptDoes() throws Exception {
        Map<String, String> columns = gdeltColumns();
        Path out = dir.resolve("typed.tsv");
        store.ok("export", "--format", "gdelt", "--out", out.toString());
        String types = columns.entrySet().stream().map(e -> "'" + e.getKey() + "': '"
                + switch (e.getValue()) { case "INTEGER" -> "BIGINT"; case "FLOAT" -> "DOUBLE"; default -> "VARCHAR"; } + "'")
                .collect(Collectors.joining(", ", "{", "}"));
        String table = "read_csv('" + out + "', delim = '\t', header = false, columns = " + types + ")";

        assertThat(scalar("SELECT count(*) FROM " + table)).isEqualTo(String.valueOf(Files.readAllLines(out).size()));
        assertThat(scalar("SELECT count(*) FROM " + table + " WHERE SQLDATE IS NULL OR SQLDATE < 19000101")).isEqualTo("0");
        assertThat(scalar("SELECT count(DISTINCT GLOBALEVENTID) = count(*) FROM " + table)).isEqualTo("true");
        // Jakarta, a third place: 044, with the city's coordinates, GDELT's FIPS code for Indonesia and 2023 + (6 * 30 + 13) / 365
        assertThat(scalar("SELECT string_agg(DISTINCT EventCode || ' ' || ActionGeo_Type || ' ' || ActionGeo_CountryCode || ' '"
                + " || round(ActionGeo_Lat, 1) || ' ' || round(ActionGeo_Long, 1) || ' ' || FractionDate, ',') FROM " + table
                + " WHERE SQLDATE = 20230713 AND IsRootEvent = 1")).isEqualTo("044 4 ID -6.2 106.8 2023.5288");
    }

    @Test
    void theMeetingsHaveTheirConsultCodesAndTheUndatedOneTheDayItWasStored() throws Exception {
        Path out = dir.resolve("meetings.tsv");
        store.ok("export", "--format", "gdelt", "--out", out.toString());
        List<String> names = new ArrayList<>(gdeltColumns().keySet());
        int date = names.indexOf("SQLDATE");
        int actor = names.indexOf("Actor1Code");
        int code = names.indexOf("EventCode");
        int added = names.indexOf("DATEADDED");

        Map<String, String> meetings = new TreeMap<>();
        List<CSVRecord> roots = rows(out).stream().filter(r -> r.get(names.indexOf("IsRootEvent")).equals("1")).toList();
        roots.forEach(r -> meetings.merge(r.get(date) + " " + r.get(actor), r.get(code), (a, b) -> a + "," + b));
        // a visit gives the guest's 042 and the host's 043; Jakarta, a third place, 044; the undated report 040
        assertThat(meetings).containsEntry("20210911 CHNGOV", "042").containsEntry("20210911 VNMGOV", "043")
                .containsEntry("20210608 VNMGOV", "042").containsEntry("20210608 CHNGOV", "043")
                .containsEntry("20230713 CHNGOV", "044");
        // the Nhan Dan report gives neither the meeting's date nor its own: the day it was stored stands in
        assertThat(roots).filteredOn(r -> r.get(code).equals("040")).singleElement()
                .satisfies(r -> assertThat(r.get(date)).isEqualTo(r.get(added).substring(0, 8)));
    }

    @Test
    void cameoIsTheSameLayoutAndAReExportGivesTheSameIds() throws Exception {
        Path gdelt = dir.resolve("a.tsv");
        Path cameo = dir.resolve("b.tsv");
        store.ok("export", "--format", "gdelt", "--out", gdelt.toString());
        store.ok("export", "--format", "cameo", "--out", cameo.toString());

        assertThat(Files.readString(cameo)).isEqualTo(Files.readString(gdelt));
        assertThat(store.ok("export", "--format", "gdelt").out()).isEqualTo(Files.readString(gdelt));
    }

    @Test
    void ploverLinesHavePloversRequiredFieldsAndValues() throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : store.ok("export", "--format", "plover").outLines()) {
            events.add(Json.mapper().readTree(line));
        }
        Set<String> contexts = ploverContexts();

        assertThat(events).hasSizeGreaterThan(5);
        assertThat(events.stream().map(e -> e.get("id").asText())).doesNotHaveDuplicates();
        for (JsonNode e : events) {
            assertThat(e.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(e.get("actor")).isNotEmpty().allSatisfy(a -> assertThat(a.get("actorText").asText()).isNotBlank());
            assertThat(e.get("recipient").isArray()).isTrue();
            assertThat(e.get("event")).singleElement().satisfies(t -> assertThat(t.asText()).isIn(PLOVER_EVENTS));
            assertThat(e.get("mode")).allSatisfy(m -> assertThat(m.asText()).isIn(CONSULT_MODES));
            assertThat(e.get("context")).allSatisfy(c -> assertThat(c.asText()).isIn(contexts));
            assertThat(e.get("quad_code").asInt()).isBetween(1, 4);
            assertThat(e.get("coder").asText()).isEqualTo("Readout");
        }
        List<JsonNode> consults = events.stream().filter(e -> e.get("event").get(0).asText().equals("CONSULT")).toList();
        assertThat(consults.stream().map(e -> e.get("meeting_id").asText())).hasSize(5).doesNotHaveDuplicates();
        // Hanoi 2021: Wang Yi visits, Vietnam hosts; one event, not two
        assertThat(consults).filteredOn(e -> e.get("date").asText().equals("2021-09-11")).singleElement().satisfies(e -> {
            assertThat(e.get("actor").findValuesAsText("code")).containsExactly("CHN");
            assertThat(e.get("recipient").findValuesAsText("code")).containsExactly("VNM");
            assertThat(e.get("mode").get(0).asText()).isEqualTo("visit");
            assertThat(e.get("event_loc").get("name").asText()).isEqualTo("Hanoi");
            assertThat(e.get("context")).isNotEmpty();
        });
        assertThat(consults).filteredOn(e -> e.get("date").asText().equals("2023-07-13")).singleElement()
                .satisfies(e -> assertThat(e.get("mode").get(0).asText()).isEqualTo("third-party"));
        assertThat(events).anyMatch(e -> e.get("event").get(0).asText().equals("AGREE")
                && e.get("actor").findValuesAsText("actorText").contains("Bui Thanh Son"));
    }

    /** PLOVER's context values as its CAMEO conversion table uses them; the mapping file's own where the table is absent. */
    private static Set<String> ploverContexts() throws IOException {
        Path table = CODES.resolve("cameo-to-plover-2021.txt");
        assumeTrue(Files.isRegularFile(table), "no PLOVER conversion table at " + table);
        return Files.readAllLines(table).stream().filter(l -> l.matches("\\d+:.*"))
                .map(l -> l.split("#")[0].split(":", 2)[1].split(",", -1)).filter(f -> f.length > 2)
                .flatMap(f -> Arrays.stream(f[2].split(";"))).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
