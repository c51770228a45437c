package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real command over the five founding documents shipped as {@code examples/}: exit code, record count
 * and the content of the records that the README shows.
 */
class ExtractEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXAMPLES = List.of("000_6c7b1cdc61024ecd.txt", "001_4e6ba41967b06cfd.txt",
            "002_d4031eb014a138c4.txt", "003_b7187f0f73eb9129.txt", "004_e840063e6a5ca7b7.txt");

    private static String examples;
    private static Cli.Result jsonl;
    private static Map<String, JsonNode> records;

    @BeforeAll
    static void extractExamples() {
        examples = Cli.repositoryRoot().resolve("examples").toString();
        jsonl = Cli.run("extract", examples);
        records = byDoc(jsonl.outLines());
    }

    private static Map<String, JsonNode> byDoc(List<String> lines) {
        Map<String, JsonNode> byDoc = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode record = parse(line);
            byDoc.put(record.get("doc").asText(), record);
        }
        return byDoc;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode singleEvent(String doc) {
        JsonNode events = records.get(doc).get("events");
        assertThat(events.size()).as("events of %s", doc).isEqualTo(1);
        return events.get(0);
    }

    @Test
    void everyExampleGivesOneRecordAndTheExitCodeIsZero() {
        assertThat(jsonl.exitCode()).as("stderr: %s", jsonl.err()).isZero();
        assertThat(jsonl.outLines()).hasSize(5);
        assertThat(records.keySet()).containsExactlyElementsOf(EXAMPLES);
        assertThat(records.values()).allSatisfy(r -> assertThat(r.get("language").asText()).isEqualTo("en"));
    }

    @Test
    void xinhuaReadoutOfTheNanningMeeting() {
        JsonNode record = records.get("001_4e6ba41967b06cfd.txt");
        JsonNode event = singleEvent("001_4e6ba41967b06cfd.txt");

        assertThat(record.get("outlet").asText()).isEqualTo("Xinhua");
        assertThat(record.get("perspective").asText()).isEqualTo("CHN");
        assertThat(record.get("published").asText()).isEqualTo("2024-04-06");
        assertThat(event.get("mode").asText()).isEqualTo("visit");
        assertThat(event.get("date").asText()).isEqualTo("2024-04-04");
        assertThat(event.get("host").asText()).isEqualTo("CHN");
        assertThat(event.get("location").get("city").asText()).isEqualTo("Nanning");
        assertThat(event.get("location").get("country").asText()).isEqualTo("CHN");
        assertThat(list(event.get("participants"))).extracting(p -> p.get("name").asText(), p -> p.get("country").asText())
                .containsExactlyInAnyOrder(tuple("Wang Yi", "CHN"), tuple("Bui Thanh Son", "VNM"));
    }

    @Test
    void hanoiTalksWithSonsStatementOnTaiwan() {
        JsonNode event = singleEvent("003_b7187f0f73eb9129.txt");

        assertThat(event.get("date").asText()).isEqualTo("2021-09-11");
        assertThat(event.get("location").get("city").asText()).isEqualTo("Hanoi");
        assertThat(event.get("location").get("country").asText()).isEqualTo("VNM");
        assertThat(list(records.get("003_b7187f0f73eb9129.txt").get("statements")))
                .filteredOn(s -> s.get("text").asText().contains("Taiwan"))
                .anySatisfy(s -> {
                    assertThat(s.get("speaker").asText()).isEqualTo("Bui Thanh Son");
                    assertThat(s.get("country").asText()).isEqualTo("VNM");
                    assertThat(list(s.get("topics"))).extracting(JsonNode::asText).contains("sovereignty_core_interests");
                });
    }

    @Test
    void nhanDanReadoutGivesStatementsToBothSides() {
        JsonNode record = records.get("002_d4031eb014a138c4.txt");
        List<JsonNode> statements = list(record.get("statements"));

        assertThat(record.get("outlet").asText()).isEqualTo("Nhan Dan");
        assertThat(statements).isNotEmpty()
                .anySatisfy(s -> assertThat(s.get("speaker").asText()).isEqualTo("both"));
        assertThat(statements).filteredOn(s -> s.get("speaker").asText().equals("both"))
                .allSatisfy(s -> assertThat(s.get("country").asText()).isEqualTo("BOTH"));
    }

    @Test
    void textFormatShowsTheMeetingLine() {
        Cli.Result text = Cli.run("extract", "--format", "text", examples);

        assertThat(text.exitCode()).isZero();
        assertThat(text.out().lines())
                .anySatisfy(l -> assertThat(l).contains("2024-04-04", "visit", "Wang Yi", "Bui Thanh Son", "Nanning"));
    }

    @Test
    void jsonFormatIsOneArrayOfAllRecords() {
        Cli.Result json = Cli.run("extract", "--format", "json", examples);

        JsonNode array = parse(json.out());
        assertThat(json.exitCode()).isZero();
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(5);
        assertThat(list(array)).extracting(r -> r.get("doc").asText()).containsExactlyElementsOf(EXAMPLES);
        assertThat(array.get(1)).isEqualTo(records.get(EXAMPLES.get(1)));
    }
}
