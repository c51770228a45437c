package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists count what they page through and answer CSV; what the API shows of a document links its original URL. */
class ListsAndSourcesApiTest {
    static final String URL = "https://example.org/readouts/brazil-kenya";
    static final String TEXT = """
            Brazil and Kenya foreign ministers meet in Nairobi

            NAIROBI, May 14, 2025 -- Brazilian Foreign Minister Ana Torres held talks with Kenyan Foreign Minister Peter Mwangi in Nairobi on Wednesday.

            Ana Torres said Brazil is ready to expand trade with Kenya, "the gateway to East Africa", and to open new direct flights.
            """;

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.withExamples(dir);
        byte[] posted = new ObjectMapper().writeValueAsBytes(Map.of("text", TEXT, "url", URL, "name", "nairobi.txt"));
        assertThat(server.post("/api/documents", "application/json", posted, "Authorization", "Bearer " + TestServer.TOKEN)
                .statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aListCountsEverythingItPagesThrough() {
        JsonNode page = server.json("/api/statements?limit=2&offset=1");
        long all = server.json("/api").get("counts").get("statements").asLong();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asLong()).isEqualTo(all);
        assertThat(server.get("/api/statements?limit=2").headers().firstValue("X-Total-Count")).hasValue(Long.toString(all));
        JsonNode filtered = server.json("/api/meetings?country=CHN&country=VNM&since=2023-01-01");
        assertThat(filtered.get("total").asLong()).isEqualTo(filtered.get("items").size()).isEqualTo(2);
        assertThat(server.json("/api/actors?q=torres").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void csvHasOneRowPerItemQuotedByTheLibraryWithDottedColumnsAndListsAsJson() throws IOException {
        HttpResponse<String> r = server.send(server.request("/api/statements?speaker=Ana%20Torres").header("Accept", "text/csv").GET().build());
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Disposition")).as("asked by header: not a download").isEmpty();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body())).getRecords();
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("statement.speaker")).isEqualTo("Ana Torres");
        assertThat(row.get("statement.text")).contains(", \"the gateway to East Africa\", ");
        assertThat(row.get("statement.topics")).startsWith("[\"").endsWith("\"]");
        assertThat(row.get("url")).isEqualTo(URL);
        assertThat(row.isMapped("statement.evidence.start")).isTrue();
    }

    @Test
    void aFormatParameterMakesTheAnswerAFileToSave() {
        HttpResponse<String> csv = server.get("/api/meetings?format=csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"meetings.csv\"");
        assertThat(csv.body().lines().count()).isEqualTo(server.json("/api/meetings").get("total").asLong() + 1);
        HttpResponse<String> json = server.get("/api/meetings?format=json");
        assertThat(json.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"meetings.json\"");
        assertThat(server.parse(json).get("total").asLong()).isPositive();
        server.assertProblem(server.get("/api/meetings?format=xml"), 400, "bad_request");
    }

    @Test
    void theOriginalUrlGoesWithStatementsSearchHitsAndAMeetingsDocuments() {
        JsonNode statement = server.json("/api/statements?speaker=Ana%20Torres").get("items").get(0);
        assertThat(statement.get("url").asText()).isEqualTo(URL);
        assertThat(server.json("/api/statements?limit=1").get("items").get(0).get("url").isNull())
                .as("a founding document has no URL").isTrue();
        JsonNode hit = server.json("/api/search?q=gateway").get("items").get(0);
        assertThat(hit.get("document").get("url").asText()).isEqualTo(URL);
        JsonNode meeting = server.json("/api/meetings?country=BRA").get("items").get(0);
        JsonNode documents = server.json("/api/meetings/" + meeting.get("id").asText()).get("documents");
        assertThat(documents).singleElement().satisfies(d -> assertThat(d.get("url").asText()).isEqualTo(URL));
    }

    @Test
    void csvOfNothingIsEmpty() {
        HttpResponse<String> r = server.send(server.request("/api/statements?since=2099-01-01").header("Accept", "text/csv").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(2);
        assertThat(r.headers().firstValue("X-Total-Count")).hasValue("0");
    }
}
