package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.server.api.ProblemJson;

/** Posting texts: extraction on trial, and ingest with the operator's token only. */
class IngestApiTest {
    private static final String AUTH = "Bearer " + TestServer.TOKEN;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    static Path dir;
    static TestServer server;
    static byte[] example;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dir);
        example = Files.readAllBytes(ExampleDocuments.files().get(1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void extractGivesTheRecordAndTheTextItsOffsetsPointIntoAndStoresNothing() {
        long stored = server.store().counts().documents();
        HttpResponse<String> r = server.post("/api/extract", "text/plain; charset=utf-8", example);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = server.parse(r);
        JsonNode event = body.get("record").get("events").get(0);
        String evidence = body.get("text").asText().substring(event.get("evidence").get("start").asInt(),
                event.get("evidence").get("end").asInt());
        assertThat(evidence).contains("Wang Yi");
        assertThat(body.get("record").get("perspective").asText()).isEqualTo("CHN");
        HttpResponse<String> json = server.post("/api/extract", "application/json",
                "{\"text\": \"Hello there, nothing happened.\", \"name\": \"note.txt\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(server.parse(json).get("record").get("doc").asText()).isEqualTo("note.txt");
        assertThat(server.store().counts().documents()).isEqualTo(stored);
    }

    @Test
    void emptyBinaryAndTextlessBodiesAreUnprocessable() {
        server.assertProblem(server.post("/api/extract", "text/plain", new byte[0]), 422, "unprocessable");
        assertThat(server.assertProblem(server.post("/api/extract", "text/plain", PNG), 422, "unprocessable")
                .get("detail").asText()).contains("binary");
        server.assertProblem(server.post("/api/extract", "text/plain", " \n\t ".getBytes()), 422, "unprocessable");
        server.assertProblem(server.post("/api/extract", "application/json", "{\"name\": \"x\"}".getBytes()), 422,
                "unprocessable");
        server.assertProblem(server.post("/api/documents", "text/plain", PNG, "Authorization", AUTH), 422, "unprocessable");
    }

    @Test
    void otherContentTypesAreUnsupported() {
        server.assertProblem(server.post("/api/extract", "application/xml", "<a/>".getBytes()), 415, "unsupported_media_type");
        server.assertProblem(server.post("/api/extract", null, "text".getBytes()), 415, "unsupported_media_type");
        server.assertProblem(server.post("/api/documents", "image/png", PNG, "Authorization", AUTH), 415,
                "unsupported_media_type");
    }

    @Test
    void bodiesOverTheLimitAreTooLargeWhetherDeclaredOrStreamed() {
        byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        server.assertProblem(server.post("/api/extract", "text/plain", big), 413, "payload_too_large");
        HttpRequest chunked = server.request("/api/documents").header("Content-Type", "text/plain").header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        server.assertProblem(server.send(chunked), 413, "payload_too_large");
    }

    @Test
    void ingestNeedsTheTokenAndAnswersNewThenUnchanged() {
        server.assertProblem(server.post("/api/documents", "text/plain", example), 401, "unauthorized");
        server.assertProblem(server.post("/api/documents", "text/plain", example, "Authorization", "Bearer wrong"), 401,
                "unauthorized");
        server.assertProblem(server.post("/api/documents", "text/plain", example, "Authorization", TestServer.TOKEN), 401,
                "unauthorized");
        HttpResponse<String> created = server.post("/api/documents", "text/plain", example, "Authorization", AUTH);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode first = server.parse(created);
        assertThat(first.get("status").asText()).isEqualTo("NEW");
        assertThat(first.get("record").get("events")).isNotEmpty();
        HttpResponse<String> again = server.post("/api/documents", "text/plain", example, "Authorization", AUTH);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(server.parse(again).get("status").asText()).isEqualTo("UNCHANGED");
        assertThat(server.parse(again).get("documentId")).isEqualTo(first.get("documentId"));
        assertThat(server.json("/api/documents/" + first.get("documentId").asText()).get("seq").asInt()).isPositive();
    }

    @Test
    void pagesKeptBeforeAnIngestAreWorkedOutAgainAfterIt() {
        String timeline = "/api/meetings?country=IDN&country=JPN&since=2024-05-01&until=2024-05-31";
        String search = "/api/search?q=Kamikawa";
        for (int asked = 0; asked < 2; asked++) { // the second answers are kept ones
            assertThat(server.json(timeline).get("items")).isEmpty();
            assertThat(server.json(search).get("items")).isEmpty();
        }
        String body = "{\"text\": \"Foreign Minister Retno Marsudi met Japanese Foreign Minister Yoko Kamikawa in Jakarta"
                + " on 7 May 2024. The two ministers discussed trade, investment and maritime cooperation, and they agreed to"
                + " strengthen the strategic partnership between Indonesia and Japan in the coming years.\"}";
        HttpResponse<String> r = server.post("/api/documents", "application/json", body.getBytes(StandardCharsets.UTF_8),
                "Authorization", AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(server.json(timeline).get("items")).singleElement()
                .satisfies(m -> assertThat(m.get("date").asText()).isEqualTo("2024-05-07"));
        assertThat(server.json(search).get("items")).isNotEmpty();
    }

    @Test
    void ingestTakesJsonWithTheCallersNameAndTitle() {
        String body = "{\"text\": \"Foreign Minister Retno Marsudi held a phone call with Japanese Foreign Minister Yoko"
                + " Kamikawa on 3 March 2024.\", \"name\": \"call.txt\", \"title\": \"A call\", \"url\": \"https://example.org/c\"}";
        HttpResponse<String> r = server.post("/api/documents", "application/json", body.getBytes(StandardCharsets.UTF_8),
                "Authorization", AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode record = server.parse(r).get("record");
        assertThat(record.get("doc").asText()).isEqualTo("call.txt");
        assertThat(record.get("title").asText()).isEqualTo("A call");
        assertThat(record.get("url").asText()).isEqualTo("https://example.org/c");
    }

    @Test
    void aReadOnlyServerRefusesToIngestEvenWithAToken() {
        try (TestServer readOnly = server.readOnly()) {
            readOnly.assertProblem(readOnly.post("/api/documents", "text/plain", example, "Authorization", AUTH), 403, "forbidden");
            assertThat(readOnly.json("/api").get("readOnly").asBoolean()).isTrue();
        }
    }

    @Test
    void problemsNameTheirStatus() {
        assertThat(ProblemJson.of(413, "x").type()).isEqualTo("about:blank#payload_too_large");
        assertThat(ProblemJson.of(418, "x").type()).isEqualTo("about:blank#internal");
    }
}
