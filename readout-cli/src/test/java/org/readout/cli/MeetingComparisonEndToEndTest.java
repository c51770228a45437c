package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.cli.SampleStore.json;
import static org.readout.cli.SampleStore.list;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readout meeting} on two outlets' accounts of one meeting (fixtures/README.md): the date they
 * disagree on, what each reports on each topic, what only one reports, and the names each uses.
 */
class MeetingComparisonEndToEndTest {
    private static final String XINHUA = "Xinhua (CHN)";
    private static final String VNA = "Vietnam News Agency (VNM)";

    @TempDir
    static Path dir;

    private static SampleStore store;
    private static String id;

    @BeforeAll
    static void storeBothAccounts() {
        store = SampleStore.of(dir, Cli.repositoryRoot().resolve("readout-cli/src/test/resources/fixtures"));
        List<JsonNode> meetings = list(json(store.ok("meetings", "--format", "json")));
        assertThat(meetings).hasSize(1);
        id = meetings.get(0).get("id").asText();
    }

    @Test
    void theTimelineShowsOneMeetingWithBothAccountsAndTheirConflict() {
        List<String> rows = store.ok("meetings").outLines();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).startsWith("2024-12-05  Hanoi, VNM  visit  ").contains(VNA, XINHUA).matches(".*  date +" + id);
    }

    @Test
    void theConflictIsShownWithEachAccountsValue() {
        String text = SampleStore.text(store.ok("meeting", id));

        assertThat(text).contains("\n  conflicts     date: ").contains("2024-12-05 in " + XINHUA).contains("2024-12-06 in " + VNA);
        assertThat(text).containsPattern("\\n  accounts      (Vietnam News Agency|Xinhua) \\((VNM|CHN)\\): (vn|cn)-hanoi\\.txt, published");
    }

    @Test
    void eachTopicShowsWhatEachAccountReportsUnderItsName() {
        String text = SampleStore.text(store.ok("meeting", id));

        String maritime = SampleStore.block(text, "maritime_disputes");
        assertThat(maritime).contains("  " + VNA + "\n    - Bui Thanh Son (VNM) [proposal]: Bui Thanh Son said that the two sides should settle disputes\n")
                .contains("  " + XINHUA + "\n    - Wang Yi (CHN) [proposal]: Wang Yi said that the two sides should properly handle maritime\n");
        String railways = SampleStore.block(text, "connectivity_infrastructure");
        assertThat(railways).contains("- Wang Yi (CHN) [commitment]: Wang Yi said that China is ready to work with Vietnam to speed up")
                .contains("- Wang Yi (CHN) [commitment]: Wang Yi said that China is willing to work with Vietnam to speed");
    }

    @Test
    void whatOnlyOneAccountReportsHasItsOwnSection() {
        String text = SampleStore.text(store.ok("meeting", id));

        String onlyXinhua = SampleStore.block(text, "Only in " + XINHUA);
        assertThat(onlyXinhua).contains("  topics: sovereignty_core_interests\n")
                .contains("  - Wang Yi (CHN) [proposal]: Wang Yi said that the two sides should properly handle maritime issues\n")
                .doesNotContain("railways");
        String onlyVna = SampleStore.block(text, "Only in " + VNA);
        assertThat(onlyVna).contains("  - Bui Thanh Son (VNM) [proposal]: Bui Thanh Son said that the two sides should settle disputes in\n")
                .doesNotContain("railways");

        List<String> csv = store.ok("meeting", id, "--format", "csv").outLines();
        assertThat(csv).anyMatch(l -> l.contains(",maritime_disputes," + VNA + ",vn-hanoi.txt,Bui Thanh Son,VNM,proposal,true,"));
        assertThat(csv).filteredOn(l -> l.contains("cross-border railways")).isNotEmpty().allMatch(l -> l.contains(",false,"));
    }

    @Test
    void contestedNamesShowEachAccountsWordsAndWhatOneLeavesOut() {
        String names = SampleStore.block(SampleStore.text(store.ok("meeting", id)), "Contested names");

        assertThat(names).contains("East Sea in " + VNA).contains("South China Sea in " + XINHUA).contains("worded")
                .contains("  taiwan           Taiwan in " + XINHUA + "; not in " + VNA + "\n");

        JsonNode framing = json(store.ok("meeting", id, "--format", "json")).get("comparison").get("framing");
        JsonNode sea = list(framing).stream().filter(f -> f.get("concept").asText().equals("south_china_sea")).findFirst().orElseThrow();
        assertThat(list(sea.get("terms")).stream().map(t -> t.get(0).asText())).containsExactlyInAnyOrder("East Sea", "South China Sea");
    }
}
