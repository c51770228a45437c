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

/** {@code readout meetings} and {@code readout meeting} on the founding documents: the timeline and one meeting's content. */
class MeetingsEndToEndTest {
    @TempDir
    static Path dir;

    private static SampleStore store;

    @BeforeAll
    static void storeTheExamples() {
        store = SampleStore.examples(dir);
    }

    @Test
    void meetingsBetweenChinaAndVietnamAreTheTimelineWithPlacesModesAndAccounts() {
        List<JsonNode> meetings = list(json(store.ok("meetings", "--between", "CHN", "VNM", "--format", "json")));

        assertThat(meetings).extracting(m -> m.get("date").asText(), m -> m.get("mode").asText(),
                        m -> m.get("location").isNull() ? "" : m.get("location").get("city").asText())
                .containsExactly(tuple("2021-06-08", "visit", "Chongqing"), tuple("2021-09-11", "visit", "Hanoi"),
                        tuple("2023-07-13", "third_location", "Jakarta"), tuple("2024-04-04", "visit", "Nanning"),
                        // Nhan Dan's report names no day and no place: kept, last
                        tuple("null", "unknown", ""));
        assertThat(meetings.get(3).get("accounts").get(0).get("outlet").asText()).isEqualTo("Xinhua");

        List<String> table = store.ok("meetings", "--between", "China", "Vietnam").outLines();
        assertThat(table.get(0)).matches("date +place +mode +participants +accounts +conflicts +id");
        assertThat(table).anyMatch(l -> l.matches("2023-07-13  Jakarta, IDN +third_location  Wang Yi \\(CHN\\), Bui Thanh Son \\(VNM\\)"
                + " +000_6c7b1cdc61024ecd\\.txt \\(CHN\\) +m[0-9a-f]{12}"));
        assertThat(table).anyMatch(l -> l.matches("2021-09-11  Hanoi, VNM +visit +Wang Yi \\(CHN\\), Bui Thanh Son \\(VNM\\) .*"));
        assertThat(table).anyMatch(l -> l.matches("undated +unknown +Bui Thanh Son \\(VNM\\), Wang Yi \\(CHN\\) +Nhan Dan \\(VNM\\) .*"));
    }

    @Test
    void meetingsAreNarrowedByDaysAndPersonAndPaged() {
        assertThat(list(json(store.ok("meetings", "--since", "2022-01-01", "--until", "2023-12-31", "--format", "json"))))
                .extracting(m -> m.get("date").asText()).containsExactly("2023-07-13");
        // diacritics and all, the same person
        assertThat(list(json(store.ok("meetings", "--actor", "Bùi Thanh Sơn", "--format", "json")))).hasSize(5);

        List<String> page = store.ok("meetings", "--limit", "2", "--offset", "1").outLines();
        assertThat(page).hasSize(5).last().isEqualTo("(rows 2-3; --offset 3 for more)");
        assertThat(page.get(2)).startsWith("2021-09-11");

        List<String> csv = store.ok("meetings", "--between", "CHN", "VNM", "--format", "csv").outLines();
        assertThat(csv.get(0)).isEqualTo("date,place,mode,participants,accounts,conflicts,id");
        assertThat(csv).hasSize(6).anyMatch(l -> l.startsWith("2023-07-13,\"Jakarta, IDN\",third_location,"));
    }

    @Test
    void anUnknownCountryIsAUsageErrorAndAMissingStoreIsStatusOneAndStaysMissing() {
        Cli.Result unknown = store.run("meetings", "--between", "Atlantis", "VNM");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.readoutErrLines()).containsExactly("readout: unknown country 'Atlantis': give an ISO 3166 alpha-3"
                + " code or an English name; the store's meetings have CHN (China), VNM (Vietnam)");
        assertThat(unknown.out()).isEmpty();

        Path missing = dir.resolve("no-store");
        Cli.Result none = Cli.run("meetings", "--store", missing.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(none.readoutErrLines()).singleElement().asString().startsWith("readout: store " + missing + ": no store here");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMeetingByTheStartOfItsIdShowsItsFactsAndWhoSaidWhatPerTopic() {
        String id = store.meetingOn("2023-07-13");
        String text = SampleStore.text(store.ok("meeting", id.substring(0, 6)));

        assertThat(text).startsWith("meeting " + id + "\n"
                + "  date          2023-07-13\n"
                + "  place         Jakarta, IDN\n"
                + "  mode          third_location (host IDN)\n"
                + "  participants  Wang Yi (CHN, Director of the Central Foreign Affairs Office); Bui Thanh Son (VNM,\n"
                + "                Foreign Minister)\n"
                + "  conflicts     none\n"
                + "  accounts      000_6c7b1cdc61024ecd.txt (CHN), published 2023-07-13, \"Wang Yi Meets with Vietnamese\n");
        assertThat(SampleStore.block(text, "maritime_disputes")).isEqualTo("maritime_disputes\n"
                + "  - China (CHN) [commitment]: China expressed its willingness to collaborate with ASEAN countries,\n"
                + "    including Vietnam, to facilitate the early conclusion of the “Code of Conduct in the South China\n"
                + "    Sea.”\n"
                + "  - Vietnam (VNM) [commitment]: Vietnam also expressed its willingness to address maritime issues\n"
                + "    appropriately.\n");
        assertThat(SampleStore.block(text, "belt_and_road"))
                .contains("  - Bui Thanh Son (VNM) [commitment]: Vietnam is committed to working alongside China to build the\n");
        assertThat(SampleStore.block(text, "Contested names")).isEqualTo("Contested names\n  south_china_sea  South China Sea\n");

        JsonNode view = json(store.ok("meeting", id, "--format", "json"));
        assertThat(view.get("meeting").get("id").asText()).isEqualTo(id);
        List<JsonNode> said = list(view.get("comparison").get("accounts").get(0).get("statements"));
        assertThat(said).hasSize(17);
        assertThat(said).filteredOn(s -> s.get("speaker").asText().equals("Wang Yi")).hasSize(9)
                .allMatch(s -> s.get("country").asText().equals("CHN"));
        assertThat(said).filteredOn(s -> s.get("speaker").asText().equals("Bui Thanh Son")).hasSize(3)
                .allMatch(s -> s.get("country").asText().equals("VNM"));
    }

    @Test
    void eachSidesWordsOnTheSouthChinaSeaInHanoiAreItsOwn() {
        String maritime = SampleStore.block(SampleStore.text(store.ok("meeting", store.meetingOn("2021-09-11"))),
                "maritime_disputes");

        assertThat(maritime).contains("  - Wang Yi (CHN) [proposal]: Wang Yi said, on the South China Sea issue, the two sides")
                .contains("  - Wang Yi (CHN) [commitment]: China is willing to work with Vietnam and other ASEAN nations to")
                .contains("  - Bui Thanh Son (VNM) [proposal]: On the South China Sea issue, Vietnam hopes that the two")
                .doesNotContain("Bui Thanh Son (VNM) [commitment]");

        List<String> csv = store.ok("meeting", store.meetingOn("2021-09-11"), "--format", "csv").outLines();
        assertThat(csv.get(0)).isEqualTo("meeting_id,topic,account,document,speaker,country,kind,only_in_this_account,text");
        assertThat(csv).anyMatch(l -> l.matches("m[0-9a-f]{12},maritime_disputes,003_b7187f0f73eb9129\\.txt \\(CHN\\),"
                + "003_b7187f0f73eb9129\\.txt,Bui Thanh Son,VNM,proposal,false,\"On the South China Sea issue, .*"));
    }

    @Test
    void anUnknownIdIsStatusOneAndAnIdStartSharedBySeveralIsAUsageErrorListingThem() {
        Cli.Result unknown = store.run("meeting", "mzzzz");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(unknown.readoutErrLines()).containsExactly("readout: no meeting has the id mzzzz (readout meetings lists them)");

        Cli.Result shared = store.run("meeting", "m");
        assertThat(shared.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(shared.readoutErrLines()).singleElement().asString().startsWith("readout: m starts 5 meeting ids: ")
                .contains(store.meetingOn("2023-07-13"));
    }
}
