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

/** {@code readout search} on the founding documents: ranked hits, marked words, and the filters. */
class SearchEndToEndTest {
    @TempDir
    static Path dir;

    private static SampleStore store;

    @BeforeAll
    static void storeTheExamples() {
        store = SampleStore.examples(dir);
    }

    @Test
    void hitsShowWhoSaidItWhenAndTheMatchedWordsBetweenAsterisksOffATerminal() {
        String text = SampleStore.text(store.ok("search", "South China Sea"));

        assertThat(text).containsPattern("\\n\\d+\\. statement · Wang Yi \\(CHN\\) · 2021-09-11 · 003_b7187f0f73eb9129\\.txt #11"
                + " · score \\d+\\.\\d\\d\\n   Wang Yi said, on the \\*South China Sea\\* issue, the two sides should,");
        assertThat(text).containsPattern("\\d+\\. statement · Bui Thanh Son \\(VNM\\) · 2021-09-11 · 003_b7187f0f73eb9129\\.txt #22");
        assertThat(text).containsPattern("\\d+\\. document · 2024-04-04 · 001_4e6ba41967b06cfd\\.txt · score");
        assertThat(text).doesNotContain("[[", "\u001b[");
    }

    @Test
    void aBrokenQueryIsAUsageErrorThatPointsAtWhereItBreaks() {
        Cli.Result broken = store.run("search", "South \"China Sea");

        assertThat(broken.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.errLines()).containsExactly(
                "readout: cannot read the query at character 7: the \" there is never closed; balance quotes and brackets,"
                        + " or put \\ before a special character (+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /) to search for it as itself",
                "  South \"China Sea",
                "        ^");
        assertThat(store.ok("search", "South \\\"China Sea").outLines()).isNotEmpty();
    }

    @Test
    void anUnknownKindNamesTheKinds() {
        Cli.Result unknown = store.run("search", "trade", "--kind", "promise");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.errLines().get(0)).isEqualTo("Invalid value for option '--kind': unknown kind 'promise':"
                + " one of commitment, proposal, position, support, opposition, agreement, other");
    }

    @Test
    void jsonKeepsTheStoresMarks() {
        List<JsonNode> hits = list(json(store.ok("search", "East Sea", "--format", "json")));

        // only Nhan Dan says East Sea; "East Asia" in a Chinese account matches the one word
        assertThat(hits.get(0).get("doc").asText()).isEqualTo(SampleStore.NHAN_DAN_UNDATED);
        assertThat(hits.get(0).get("snippet").asText()).contains("Regarding the [[East]] [[Sea]] issue");
    }

    @Test
    void aCountryNarrowsStatementsToThatSide() {
        List<JsonNode> all = list(json(store.ok("search", "South China Sea", "--type", "statement", "--format", "json")));
        List<JsonNode> vietnam = list(json(store.ok("search", "South China Sea", "--type", "statement", "--country", "Vietnam",
                "--format", "json")));

        assertThat(all).extracting(h -> h.get("doc").asText(), h -> h.get("statementIndex").asInt())
                .contains(tuple(SampleStore.HANOI_2021, 11), tuple(SampleStore.HANOI_2021, 22));
        // Bui Thanh Son in Hanoi (2021) and in Nanning (2024)
        assertThat(vietnam).extracting(h -> h.get("doc").asText(), h -> h.get("statementIndex").asInt())
                .containsExactlyInAnyOrder(tuple(SampleStore.HANOI_2021, 22), tuple(SampleStore.NANNING_2024, 8));
        assertThat(list(json(store.ok("search", "South China Sea", "--speaker", "Wang Yi", "--format", "json"))))
                .extracting(h -> h.get("doc").asText(), h -> h.get("statementIndex").asInt())
                .containsExactlyInAnyOrder(tuple(SampleStore.HANOI_2021, 11), tuple(SampleStore.HANOI_2021, 13));
        assertThat(list(json(store.ok("search", "South China Sea", "--between", "CHN", "VNM", "--since", "2024-01-01",
                "--format", "json")))).extracting(h -> h.get("doc").asText()).containsOnly(SampleStore.NANNING_2024);

        List<String> csv = store.ok("search", "South China Sea", "--country", "VNM", "--type", "statement", "--format", "csv")
                .outLines();
        assertThat(csv.get(0)).isEqualTo("rank,type,score,document,statement_index,document_id,snippet");
        assertThat(csv).hasSize(3).allMatch(l -> l.equals(csv.get(0)) || l.contains("[[South]] [[China]] [[Sea]]"));
    }

    @Test
    void anEmptyQueryIsAUsageError() {
        Cli.Result empty = store.run("search", " ");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.readoutErrLines()).containsExactly("readout: an empty search");
    }
}
