package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.readout.server.BrowseApiTest.texts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meetings, actors, statements, topics, commitments and search over the five founding documents. */
class AnalysisApiTest {
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
    void theTimelineFiltersByCountriesActorAndDaysAndShowsLevelAndHost() {
        JsonNode all = server.json("/api/meetings?country=CHN&country=Vietnam").get("items");
        assertThat(all).hasSize(5);
        assertThat(all.get(0).get("date").asText()).isEqualTo("2021-06-08");
        assertThat(all.get(0).get("level").asText()).isEqualTo("minister");
        assertThat(all.get(0).get("host").asText()).isEqualTo("CHN");
        assertThat(all.get(0).get("accounts")).hasSize(1);
        assertThat(server.json("/api/meetings?country=CHN,IDN").get("items")).isEmpty();
        assertThat(server.json("/api/meetings?since=2023-01-01&until=2023-12-31").get("items"))
                .allSatisfy(m -> assertThat(m.get("date").asText()).startsWith("2023"));
        String wangYi = actorId("Wang Yi");
        assertThat(server.json("/api/meetings?actor=" + wangYi).get("items")).hasSize(5);
        assertThat(server.json("/api/meetings?actor=Wang%20Yi").get("items")).hasSize(5);
        assertThat(server.json("/api/meetings?actor=Nobody%20Atall").get("items")).isEmpty();
    }

    @Test
    void aMeetingComesWithItsComparisonAndItsDocuments() {
        JsonNode first = server.json("/api/meetings?limit=1").get("items").get(0);
        JsonNode page = server.json("/api/meetings/" + first.get("id").asText());
        assertThat(page.get("meeting")).isEqualTo(first);
        JsonNode comparison = page.get("comparison");
        assertThat(comparison.get("meetingId").asText()).isEqualTo(first.get("id").asText());
        assertThat(comparison.get("accounts")).hasSize(1);
        assertThat(comparison.get("accounts").get(0).get("statements")).isNotEmpty();
        assertThat(comparison.get("topics")).anySatisfy(t -> assertThat(t.get("topic").asText()).isEqualTo("political_relations"));
        JsonNode doc = page.get("documents").get(0);
        assertThat(doc.get("id").asText()).isEqualTo(first.get("accounts").get(0).get("documentId").asText());
        assertThat(doc.get("name").asText()).isEqualTo("004_e840063e6a5ca7b7.txt");
        assertThat(doc.get("perspective").asText()).isEqualTo("CHN");
    }

    @Test
    void meetingParticipantsCarryTheActorIdTheirProfileAnswersTo() {
        String raw = server.get("/api/meetings?limit=1").body();
        assertThatCode(() -> new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).readTree(raw))
                .as("participants once").doesNotThrowAnyException();
        JsonNode first = server.json("/api/meetings?limit=1").get("items").get(0);
        JsonNode page = server.json("/api/meetings/" + first.get("id").asText()).get("meeting");
        for (JsonNode meeting : List.of(first, page)) {
            assertThat(meeting.get("participants")).isNotEmpty().allSatisfy(p -> {
                assertThat(p.get("roles")).isNotNull();
                String id = p.get("actorId").asText();
                assertThat(server.get("/api/actors/" + id).statusCode()).as(id).isEqualTo(200);
                assertThat(texts(server.json("/api/actors/" + id).get("actor").get("spellings"))).contains(p.get("name").asText());
            });
        }
        assertThat(first.get("participants").findValuesAsText("actorId")).contains(actorId("Wang Yi"), actorId("Bui Thanh Son"));
    }

    @Test
    void actorsCarryCountsSortByEventsAndHaveProfilesWithTopics() {
        JsonNode byName = server.json("/api/actors").get("items");
        assertThat(byName.findValuesAsText("name")).containsExactly("Bui Thanh Son", "Wang Yi");
        JsonNode son = server.json("/api/actors?q=thanh&sort=events").get("items").get(0);
        assertThat(son.get("events").asInt()).isEqualTo(5);
        assertThat(son.get("meetings").asInt()).isEqualTo(5);
        assertThat(son.get("statements").asInt()).isEqualTo(23);
        JsonNode profile = server.json("/api/actors/" + son.get("id").asText());
        assertThat(profile.get("actor").get("name").asText()).isEqualTo("Bui Thanh Son");
        assertThat(profile.get("offices").get(0).get("role").asText()).isEqualTo("Foreign Minister");
        assertThat(profile.get("statements").asInt()).isEqualTo(23);
        assertThat(profile.get("events").asInt()).isEqualTo(5);
        assertThat(profile.get("meetings").asInt()).isEqualTo(5);
        JsonNode byMeetings = server.json("/api/actors?sort=meetings").get("items");
        assertThat(byMeetings.findValuesAsText("meetings")).containsExactly("5", "5");
        assertThat(byMeetings.findValuesAsText("name")).containsExactly("Bui Thanh Son", "Wang Yi");
        assertThat(profile.get("topics").get(0).get("topic").asText()).isEqualTo("political_relations");
    }

    @Test
    void statementsAreFilteredAndCarryTheirIds() {
        JsonNode commitments = server.json("/api/statements?kind=commitment&country=China&limit=500").get("items");
        assertThat(commitments).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("statement").get("kind").asText()).isEqualTo("commitment");
            assertThat(s.get("statement").get("country").asText()).isEqualTo("CHN");
            assertThat(s.get("id").asText()).isEqualTo(s.get("documentId").asText() + "#" + s.get("statementIndex").asInt());
        });
        String son = actorId("Bui Thanh Son");
        assertThat(server.json("/api/statements?actor=" + son + "&limit=500").get("items")).hasSize(23);
        JsonNode meeting = server.json("/api/meetings?limit=1").get("items").get(0);
        JsonNode ofMeeting = server.json("/api/statements?limit=500&meeting=" + meeting.get("id").asText()).get("items");
        assertThat(ofMeeting).isNotEmpty().allSatisfy(s -> assertThat(s.get("documentId").asText())
                .isEqualTo(meeting.get("accounts").get(0).get("documentId").asText()));
        assertThat(server.json("/api/statements?country=both&limit=500").get("items"))
                .allSatisfy(s -> assertThat(s.get("statement").get("country").asText()).isEqualTo("BOTH"));
    }

    @Test
    void topicsCountEachSidesStatementsPerPeriod() {
        JsonNode topics = server.json("/api/topics?country=CHN&other=Vietnam&period=quarter");
        assertThat(texts(topics.get("countries"))).containsExactly("CHN", "VNM");
        assertThat(topics.get("period").asText()).isEqualTo("quarter");
        assertThat(topics.get("counts")).isNotEmpty().allSatisfy(c -> assertThat(c.get("period").asText()).matches("\\d{4}-Q\\d"));
        assertThat(server.json("/api/topics?country=CHN&other=VNM").get("counts"))
                .anySatisfy(c -> assertThat(c.get("period").asText()).isEqualTo("2021"));
    }

    @Test
    void commitmentsAreGroupedMostRepeatedFirstAndFilteredByStateAndPair() {
        JsonNode groups = server.json("/api/commitments").get("items");
        JsonNode first = groups.get(0);
        assertThat(first.get("country").asText()).isEqualTo("CHN");
        assertThat(first.get("meetings").asInt()).isEqualTo(2);
        assertThat(first.get("evidence")).hasSize(2);
        assertThat(server.json("/api/commitments?country=Vietnam").get("items"))
                .isNotEmpty().allSatisfy(g -> assertThat(g.get("country").asText()).isEqualTo("VNM"));
        assertThat(server.json("/api/commitments?pair=CHN,VNM").get("items")).hasSize(groups.size());
        assertThat(server.json("/api/commitments?pair=IDN,JPN").get("items")).isEmpty();
        assertThat(server.json("/api/commitments?limit=1&offset=1").get("items").get(0)).isEqualTo(groups.get(1));
    }

    @Test
    void searchFindsTaiwanInStatementsWithMarkedSnippets() {
        JsonNode hits = server.json("/api/search?q=Taiwan").get("items");
        assertThat(hits).isNotEmpty().anySatisfy(h -> assertThat(h.get("snippet").asText()).contains("[[Taiwan]]"));
        assertThat(server.json("/api/search?q=Taiwan&type=statement&pair=VNM,CHN&kind=position").get("items"))
                .allSatisfy(h -> assertThat(h.get("type").asText()).isEqualTo("STATEMENT"));
        assertThat(server.json("/api/search?q=Taiwan&type=document").get("items"))
                .allSatisfy(h -> assertThat(h.get("type").asText()).isEqualTo("DOCUMENT"));
        JsonNode paged = server.json("/api/search?q=Taiwan&limit=1&offset=1");
        assertThat(paged.get("items").get(0)).isEqualTo(hits.get(1));
        assertThat(server.json("/api/search?q=zzzzqqq").get("items")).isEmpty();
    }

    @Test
    void searchHitsCarryTheirDocumentStatementAndMeeting() {
        JsonNode hits = server.json("/api/search?q=Taiwan").get("items");
        assertThat(hits).allSatisfy(h -> {
            JsonNode record = server.json("/api/records/" + h.get("documentId").asText());
            JsonNode document = h.get("document");
            assertThat(document.get("title").asText()).isEqualTo(record.get("title").asText());
            assertThat(document.get("outlet")).isEqualTo(record.get("outlet"));
            assertThat(document.get("published")).isEqualTo(record.get("published"));
            assertThat(document.has("perspective")).isTrue();
            assertThat(server.json("/api/meetings/" + h.get("meetingId").asText()).get("documents"))
                    .anySatisfy(d -> assertThat(d.get("id")).isEqualTo(h.get("documentId")));
            if (h.get("type").asText().equals("DOCUMENT")) {
                assertThat(h.get("statement").isNull()).isTrue();
                return;
            }
            JsonNode said = record.get("statements").get(h.get("statementIndex").asInt());
            JsonNode statement = h.get("statement");
            for (String field : new String[] {"speaker", "country", "kind", "topics", "evidence"}) {
                assertThat(statement.get(field)).as(field).isEqualTo(said.get(field));
            }
            assertThat(statement.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }).anySatisfy(h -> {
            assertThat(h.get("statement").path("kind").asText()).isEqualTo("support");
            assertThat(h.get("statement").path("country").asText()).isEqualTo("VNM");
        });
    }

    private static String actorId(String name) {
        return server.json("/api/actors?q=" + name.replace(" ", "%20")).get("items").get(0).get("id").asText();
    }
}
