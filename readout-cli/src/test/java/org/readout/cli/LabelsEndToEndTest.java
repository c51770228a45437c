package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.cli.SampleStore.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout labels} on the founding documents: how China and Vietnam name their relationship, 2021-2024. */
class LabelsEndToEndTest {
    @TempDir
    static Path dir;

    private static SampleStore store;

    @BeforeAll
    static void storeTheExamples() {
        store = SampleStore.examples(dir);
    }

    @Test
    void eachNameWithItsFirstAndLastDayAndTheAccountsThatUseIt() {
        assertThat(store.ok("labels", "--between", "China", "Vietnam").outLines()).containsExactly(
                "name                                                                first       last        documents  accounts",
                "------------------------------------------------------------------  ----------  ----------  ---------"
                        + "  ----------------------------------------",
                "community with a shared future of strategic significance            2021-09-11  2021-09-11  1          "
                        + SampleStore.HANOI_2021 + " (CHN)",
                "comprehensive strategic cooperative partnership                     2023-07-13  2023-07-13  2          "
                        + SampleStore.JAKARTA_2023 + " (CHN); Nhan Dan",
                "                                                                                                       (VNM)",
                "community with a shared future that carries strategic significance  2024-04-04  2024-04-04  1          Xinhua (CHN)",
                "Community of Shared Future of strategic significance                undated     undated     1          Nhan Dan (VNM)");
    }

    @Test
    void jsonHasEveryDocumentAndCsvARowForEach() {
        JsonNode names = json(store.ok("labels", "--between", "VNM", "CHN", "--format", "json"));
        assertThat(names.get("between").get(0).asText()).isEqualTo("VNM");
        JsonNode partnership = names.get("names").get(1);
        assertThat(partnership.get("label").asText()).isEqualTo("comprehensive strategic cooperative partnership");
        assertThat(partnership.get("uses")).extracting(u -> u.get("doc").asText())
                .containsExactly(SampleStore.JAKARTA_2023, SampleStore.NHAN_DAN_UNDATED);

        assertThat(store.ok("labels", "--between", "CHN", "VNM", "--format", "csv").outLines())
                .hasSize(6).first().isEqualTo("name,first,last,date,document,document_id,outlet,perspective,url");
    }

    @Test
    void aPairThatNeverMetHasNoNamesAndAnUnknownOrRepeatedCountryIsAUsageError() {
        assertThat(store.ok("labels", "--between", "CHN", "Japan").outLines())
                .containsExactly("no names for the relationship of CHN and JPN");
        Cli.Result unknown = store.run("labels", "--between", "CHN", "Atlantis");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.readoutErrLines()).singleElement().asString().startsWith("readout: unknown country 'Atlantis'");
        Cli.Result twice = store.run("labels", "--between", "VNM", "Vietnam");
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(twice.readoutErrLines()).containsExactly(
                "readout: a relationship is between two different countries, not VNM and itself");
    }
}
