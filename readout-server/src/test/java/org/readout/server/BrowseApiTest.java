package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point, taxonomy, pairs, countries, documents and records over the five founding documents. */
class BrowseApiTest {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withExamples(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theEntryPointCountsTheStoreAndLinksTheEndpoints() {
        JsonNode root = server.json("/api");
        assertThat(root.get("counts").get("documents").asInt()).isEqualTo(5);
        assertThat(root.get("counts").get("meetings").asInt()).isEqualTo(5);
        assertThat(root.get("readOnly").asBoolean()).isFalse();
        assertThat(root.get("version").asText()).isNotBlank();
        assertThat(root.get("links").get("meetings").asText()).isEqualTo("/api/meetings");
    }

    @Test
    void theTaxonomyListsTopicsWithLabels() {
        JsonNode topics = server.json("/api/taxonomy").get("topics");
        assertThat(topics).anySatisfy(t -> {
            assertThat(t.get("id").asText()).isEqualTo("maritime_disputes");
            assertThat(t.get("label").asText()).isNotBlank();
        });
    }

    @Test
    void chinaAndVietnamAreThePairWithFiveMeetings() {
        JsonNode pairs = server.json("/api/pairs");
        JsonNode first = pairs.get("items").get(0);
        assertThat(texts(first.get("countries"))).containsExactly("CHN", "VNM");
        assertThat(texts(first.get("names"))).containsExactly("China", "Vietnam");
        assertThat(first.get("meetings").asInt()).isEqualTo(5);
        assertThat(first.get("first").asText()).isEqualTo("2021-06-08");
        assertThat(first.get("last").asText()).isEqualTo("2024-04-04");
        assertThat(pairs.get("next").isNull()).isTrue();
    }

    @Test
    void aPairsRelationshipNamesComeWithTheirFirstAndLastDayAndTheirDocuments() {
        JsonNode labels = server.json("/api/pairs/Vietnam/CHN/labels");
        assertThat(texts(labels.get("countries"))).containsExactly("VNM", "CHN");
        JsonNode names = labels.get("names");
        assertThat(names).hasSize(4);
        JsonNode partnership = names.get(1);
        assertThat(partnership.get("label").asText()).isEqualTo("comprehensive strategic cooperative partnership");
        assertThat(partnership.get("first").asText()).isEqualTo("2023-07-13");
        assertThat(partnership.get("last").asText()).isEqualTo("2023-07-13");
        JsonNode uses = partnership.get("uses");
        assertThat(uses).hasSize(2);
        assertThat(uses.get(1).get("outlet").asText()).isEqualTo("Nhan Dan");
        assertThat(uses.get(1).get("perspective").asText()).isEqualTo("VNM");
        assertThat(uses.get(1).get("date").isNull()).isTrue();
        assertThat(uses.get(0).get("documentId").asText()).hasSize(64);
        assertThat(names.get(3).get("first").isNull()).isTrue();
        assertThat(server.json("/api/pairs/IDN/JPN/labels").get("names")).isEmpty();
    }

    @Test
    void countriesAreFoundByCodeOrName() {
        assertThat(server.json("/api/countries/VNM").get("name").asText()).isEqualTo("Vietnam");
        assertThat(server.json("/api/countries/china").get("code").asText()).isEqualTo("CHN");
    }

    @Test
    void documentsComeInIngestOrderAndPageWithANextLink() {
        JsonNode page = server.json("/api/documents?limit=2");
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("seq").asInt()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("name").asText()).isEqualTo("000_6c7b1cdc61024ecd.txt");
        assertThat(page.get("next").asText()).isEqualTo("/api/documents?limit=2&offset=2");
        JsonNode last = server.json("/api/documents?limit=2&offset=4");
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("next").isNull()).isTrue();
    }

    @Test
    void aDocumentCarriesTheTextItsEvidencePointsInto() {
        String id = server.json("/api/documents?limit=1").get("items").get(0).get("id").asText();
        JsonNode doc = server.json("/api/documents/" + id);
        String text = doc.get("text").asText();
        JsonNode event = doc.get("record").get("events").get(0);
        String evidence = text.substring(event.get("evidence").get("start").asInt(), event.get("evidence").get("end").asInt());
        assertThat(evidence).contains("Wang Yi");
        assertThat(doc.get("seq").asInt()).isEqualTo(1);
    }

    @Test
    void recordsAreTheSpecRecordsInIngestOrder() {
        JsonNode records = server.json("/api/records?limit=5");
        assertThat(records.get("items")).hasSize(5);
        JsonNode first = records.get("items").get(0);
        assertThat(first.get("doc").asText()).isEqualTo("000_6c7b1cdc61024ecd.txt");
        assertThat(first.has("relationship_labels")).isTrue();
        String id = server.json("/api/documents?limit=1").get("items").get(0).get("id").asText();
        assertThat(server.json("/api/records/" + id)).isEqualTo(first);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
