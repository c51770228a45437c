package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.SourceDocument;
import org.readout.store.DocumentInput;

/** Answers show where documents came from without the server's folders. */
class DocumentOriginsTest {
    private static final String SECRET = "/srv/analyst-home/secret-project";

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        server.store().ingest(List.of(
                input("Foreign Minister Wang Yi met Vietnamese Foreign Minister Bui Thanh Son in Beijing.", SECRET + "/a.txt"),
                input("Foreign Minister Retno Marsudi met Yoko Kamikawa in Jakarta.", SECRET + "/feeds.zip!/items/3.xml"),
                input("Nothing happened today.", "https://example.org/readout")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static DocumentInput input(String text, String origin) {
        return new DocumentInput(SourceDocument.of("x.txt", text), origin);
    }

    @Test
    void listsAndDocumentsShowTheFileNameOrTheWebAddress() {
        var listed = server.get("/api/documents");
        assertThat(listed.body()).doesNotContain(SECRET, "/srv");
        JsonNode items = server.parse(listed).get("items");
        assertThat(items).extracting(d -> d.get("origin").asText())
                .containsExactly("a.txt", "feeds.zip!/items/3.xml", "https://example.org/readout");
        for (JsonNode item : items) {
            var one = server.get("/api/documents/" + item.get("id").asText());
            assertThat(one.body()).doesNotContain(SECRET);
            assertThat(server.parse(one).get("origin")).isEqualTo(item.get("origin"));
        }
    }
}
