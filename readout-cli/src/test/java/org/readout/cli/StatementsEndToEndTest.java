package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.readout.cli.SampleStore.json;
import static org.readout.cli.SampleStore.list;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout statements}, {@code topics} and {@code commitments} on the founding documents: who said what, when. */
class StatementsEndToEndTest {
    @TempDir
    static Path dir;

    private static SampleStore store;

    @BeforeAll
    static void storeTheExamples() {
        store = SampleStore.examples(dir);
    }

    @Test
    void statementsOfOneSpeakerAndKindAreHisAloneInDateOrder() {
        List<JsonNode> his = list(json(store.ok("statements", "--speaker", "Bui Thanh Son", "--kind", "commitment",
                "--format", "json")));

        assertThat(his).extracting(s -> s.get("date").asText()).containsExactly("2021-06-08", "2021-09-11",
                "2023-07-13", "2023-07-13", "2024-04-04", "2024-04-04");
        assertThat(his).allSatisfy(s -> {
            assertThat(s.get("statement").get("speaker").asText()).isEqualTo("Bui Thanh Son");
            assertThat(s.get("statement").get("country").asText()).isEqualTo("VNM");
            assertThat(s.get("statement").get("kind").asText()).isEqualTo("commitment");
        });
        assertThat(his).anyMatch(s -> s.get("statement").get("text").asText()
                .startsWith("Vietnam is willing to deepen cooperation with China in vaccine research"));

        List<String> table = store.ok("statements", "--speaker", "Bui Thanh Son", "--kind", "commitment").outLines();
        assertThat(table.get(0)).matches("date +speaker +side +kind +statement");
        assertThat(table).filteredOn(l -> l.matches("\\d{4}-\\d\\d-\\d\\d  .*")).hasSize(6)
                .allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d  Bui Thanh Son  VNM   commitment  .*"));
        assertThat(table).allMatch(l -> l.length() <= 120);
    }

    @Test
    void statementsAreNarrowedByStateTopicAndPage() {
        List<JsonNode> maritime = list(json(store.ok("statements", "--country", "Vietnam", "--topic", "maritime_disputes",
                "--format", "json")));
        assertThat(maritime).extracting(s -> s.get("doc").asText(), s -> s.get("statement").get("speaker").asText())
                .containsExactly(tuple(SampleStore.HANOI_2021, "Bui Thanh Son"), tuple(SampleStore.JAKARTA_2023, "Vietnam"),
                        tuple(SampleStore.NANNING_2024, "Bui Thanh Son"));

        List<String> csv = store.ok("statements", "--country", "both", "--limit", "2", "--offset", "1", "--format", "csv")
                .outLines();
        assertThat(csv.get(0)).isEqualTo("date,speaker,country,kind,topics,document,statement_index,text");
        assertThat(csv).hasSize(3).element(1).asString().startsWith("2023-07-13,both,BOTH,agreement,");

        Cli.Result badKind = store.run("statements", "--kind", "promise");
        assertThat(badKind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badKind.err()).contains("--kind");
    }

    @Test
    void anUnknownTopicOrABadDateIsAUsageErrorThatSaysWhatToWrite() {
        Cli.Result topic = store.run("statements", "--topic", "shipping");
        Cli.Result date = store.run("statements", "--since", "yesterday");

        assertThat(topic.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(topic.err()).contains("unknown topic 'shipping': one of political_relations, ").contains("maritime_disputes");
        assertThat(date.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(date.err()).contains("'yesterday' is not a date: write it as YYYY-MM-DD").doesNotContain("java.");
    }

    @Test
    void topicsPerYearCountWhatEachSideSaid() {
        List<String> csv = store.ok("topics", "--between", "China", "Vietnam", "--by", "year", "--format", "csv").outLines();

        assertThat(csv.get(0)).isEqualTo("period,topic,CHN,VNM,both");
        // Hanoi 2021: Wang Yi three times on the South China Sea, Bui Thanh Son once; 2024: only Bui Thanh Son
        assertThat(csv).contains("2021,political_relations,15,7,0", "2021,maritime_disputes,3,1,0",
                "2023,maritime_disputes,1,1,0", "2024,maritime_disputes,0,1,0", "2023,regional_cooperation,2,1,2");
        assertThat(csv.stream().skip(1).map(l -> l.substring(0, 4)).distinct()).containsExactly("2021", "2023", "2024");

        String table = SampleStore.text(store.ok("topics", "--between", "CHN", "VNM"));
        assertThat(table).contains("\npolitical_relations (38)\n  2021  CHN  " + "█".repeat(40) + " 15\n");
        assertThat(SampleStore.block(table, "maritime_disputes (7)")).isEqualTo("maritime_disputes (7)\n"
                + "  2021  CHN  ████████ 3\n"
                + "        VNM  ██▋ 1\n"
                + "  2023  CHN  ██▋ 1\n"
                + "        VNM  ██▋ 1\n"
                + "  2024  CHN  0\n"
                + "        VNM  ██▋ 1\n");
        assertThat(table).contains("(charts for 8 of 23 topics; --top 0 for all)");

        JsonNode quarters = json(store.ok("topics", "--between", "CHN", "VNM", "--by", "quarter", "--format", "json"));
        assertThat(quarters.get("by").asText()).isEqualTo("quarter");
        assertThat(list(quarters.get("counts")).stream().map(c -> c.get("period").asText()).distinct())
                .containsExactly("2021-Q2", "2021-Q3", "2023-Q3", "2024-Q2");
    }

    @Test
    void chinasRecurringPromisesAreGroupedAcrossMeetingsWithTheirEvidence() {
        List<JsonNode> groups = list(json(store.ok("commitments", "--country", "CHN", "--format", "json")));

        assertThat(groups).allMatch(g -> g.get("country").asText().equals("CHN"));
        assertThat(groups).filteredOn(g -> g.get("meetings").asInt() > 1).hasSize(2);
        // 2021 in Chongqing and 2023 in Jakarta: buying more Vietnamese farm produce
        JsonNode imports = groups.get(0);
        assertThat(List.of(imports.get("firstSeen").asText(), imports.get("lastSeen").asText(), imports.get("meetings").asInt()))
                .containsExactly("2021-06-08", "2023-07-13", 2);
        assertThat(list(imports.get("evidence"))).extracting(e -> e.get("doc").asText(),
                        e -> e.get("statement").get("text").asText().substring(0, 46))
                .containsExactly(tuple(SampleStore.CHONGQING_2021, "China is ready to expand port cooperation with"),
                        tuple(SampleStore.JAKARTA_2023, "China expressed its willingness to import more"));
        // 2021 in Hanoi and 2023 in Jakarta: the Code of Conduct in the South China Sea
        JsonNode code = groups.get(1);
        assertThat(List.of(code.get("firstSeen").asText(), code.get("lastSeen").asText())).containsExactly("2021-09-11", "2023-07-13");
        assertThat(list(code.get("evidence"))).allMatch(e -> e.get("statement").get("text").asText().contains("Code of Conduct"));

        // what both sides agreed to do binds each
        String joint = "The two sides agreed to promote and improve the effectiveness of cooperation";
        assertThat(groups).anyMatch(g -> g.get("representative").asText().startsWith(joint));
        assertThat(list(json(store.ok("commitments", "--country", "Vietnam", "--format", "json"))))
                .allMatch(g -> g.get("country").asText().equals("VNM"))
                .anyMatch(g -> g.get("representative").asText().startsWith(joint));

        String table = SampleStore.text(store.ok("commitments", "--country", "China"));
        assertThat(table).startsWith("CHN · 2 meetings, 2021-06-08 to 2023-07-13 · 2 documents · " + imports.get("id").asText() + "\n"
                + "  “China is ready to expand port cooperation with Vietnam and import more marketable agricultural\n"
                + "   products from Vietnam.”\n"
                + "    2021-06-08  Wang Yi (CHN), 004_e840063e6a5ca7b7.txt: China is ready to expand port cooperation\n");
        assertThat(table).contains("\n    2023-07-13  China (CHN), 000_6c7b1cdc61024ecd.txt: China expressed its willingness to import\n");
    }
}
