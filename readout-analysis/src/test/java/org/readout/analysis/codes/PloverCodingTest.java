package org.readout.analysis.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.analysis.codes.CodeFixtures.ADDED;
import static org.readout.analysis.codes.CodeFixtures.PEOPLE;
import static org.readout.analysis.codes.CodeFixtures.RECORDS;
import static org.readout.analysis.codes.CodeFixtures.VISIT;
import static org.readout.analysis.codes.CodeFixtures.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.readout.analysis.AnalysisData;
import org.readout.analysis.Meeting;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;

class PloverCodingTest {
    private static List<PloverEvent> code(Meeting m) {
        return new PloverCoder().code(m, RECORDS, ADDED, new EventIds());
    }

    private static List<String> names(List<PloverEvent.Entity> entities) {
        return entities.stream().map(e -> e.actorText() + " " + e.code()).toList();
    }

    @Test
    void aVisitIsOneConsultWithTheVisitorAsActorAndTheHostAsRecipient() {
        List<PloverEvent> consults = code(VISIT).stream().filter(e -> e.event().equals(List.of("CONSULT"))).toList();

        assertThat(consults).singleElement().satisfies(e -> {
            assertThat(names(e.actor())).containsExactly("Wang Yi CHN");
            assertThat(names(e.recipient())).containsExactly("Bui Thanh Son VNM");
            assertThat(e.mode()).containsExactly("visit");
            assertThat(e.context()).containsExactly("economic", "military"); // trade, defense_security
            assertThat(e.quadCode()).isEqualTo(1);
            assertThat(e.eventLoc()).isEqualTo(new PloverEvent.Place("Hanoi", "VN"));
            assertThat(e.date()).isEqualTo("2024-04-04");
            assertThat(e.link()).isEqualTo("https://example.org/a");
            assertThat(e.codedDate()).isEqualTo("2024-04-05");
        });
    }

    @Test
    void withoutAHostEveryParticipantIsAnActorAndModesFollowTheMeeting() {
        List<Participant> three = List.of(PEOPLE.get(0), PEOPLE.get(1), new Participant("Retno Marsudi", "IDN", List.of()));
        PloverEvent jakarta = code(meeting(EventMode.THIRD_LOCATION, new Location("Jakarta", null, "IDN"), "IDN", null, three)).get(0);
        PloverEvent call = code(meeting(EventMode.VIDEO, null, null, null, PEOPLE)).get(0);

        assertThat(names(jakarta.actor())).containsExactly("Wang Yi CHN", "Bui Thanh Son VNM", "Retno Marsudi IDN");
        assertThat(jakarta.recipient()).isEmpty();
        assertThat(jakarta.mode()).containsExactly("third-party", "multilateral");
        assertThat(call.mode()).containsExactly("phone");
        assertThat(call.eventLoc()).isNull();
    }

    @Test
    void aVisitWhoseHostIsUnknownHasEveryParticipantAsActor() {
        PloverEvent visit = code(meeting(EventMode.VISIT, new Location("Hanoi", null, null), null, null, PEOPLE)).get(0);

        assertThat(names(visit.actor())).containsExactly("Wang Yi CHN", "Bui Thanh Son VNM");
        assertThat(visit.recipient()).isEmpty();
    }

    @Test
    void statementsAreCodedByKindWithTheirTopicsContextAndQuad() {
        List<PloverEvent> said = code(VISIT).stream().filter(e -> !e.event().equals(List.of("CONSULT"))).toList();

        assertThat(said).extracting(e -> e.event().get(0)).containsExactlyInAnyOrder("AGREE", "AGREE", "REJECT");
        assertThat(said).filteredOn(e -> e.event().get(0).equals("REJECT")).singleElement().satisfies(e -> {
            assertThat(e.quadCode()).isEqualTo(3);
            assertThat(names(e.actor())).containsExactly("Bui Thanh Son VNM");
            assertThat(names(e.recipient())).containsExactly("Wang Yi CHN");
            assertThat(e.eventText()).isEqualTo("Son rejected the claims.");
            assertThat(e.link()).isNull(); // its one account, b.txt, has no URL
        });
        assertThat(said).filteredOn(e -> e.eventText().startsWith("The two sides")).singleElement().satisfies(e -> {
            assertThat(names(e.actor())).containsExactly("Wang Yi CHN", "Bui Thanh Son VNM");
            assertThat(e.recipient()).isEmpty();
            assertThat(e.context()).containsExactly("diplomatic", "economic"); // land_border, trade
        });
    }

    @Test
    void anEventIsOneLineOfJsonWithPloversFieldNames() throws IOException {
        JsonNode json = new ObjectMapper().readTree(code(VISIT).get(0).toJson());

        assertThat(json.fieldNames()).toIterable().startsWith("id", "date", "actor", "recipient", "event", "mode",
                "context", "quad_code", "event_loc", "event_text", "link", "coder", "coded_date");
        assertThat(json.get("actor").get(0).get("actorText").asText()).isEqualTo("Wang Yi");
        assertThat(json.get("event_loc").get("country code").asText()).isEqualTo("VN");
        assertThat(code(VISIT).get(0).toJson()).doesNotContain("\n");
    }

    @Test
    void everyTopicHasARowAndEveryContextIsPlovers() throws IOException {
        Set<String> topics = new HashSet<>();
        try (InputStream in = AnalysisData.class.getResourceAsStream("/readout/knowledge/taxonomy.json")) {
            new ObjectMapper().readTree(in).get("topics").forEach(t -> topics.add(t.get("id").asText()));
        }
        Map<String, List<String>> mapping = PloverCodebook.bundled().contexts();

        assertThat(mapping.keySet()).containsExactlyInAnyOrderElementsOf(topics);
        Path table = Path.of("").toAbsolutePath().getParent().resolve("../shared/spec/codes/cameo-to-plover-2021.txt").normalize();
        if (Files.isRegularFile(table)) { // PLOVER's own values, beside the project as CI has it
            Set<String> plover = Files.readAllLines(table).stream().filter(l -> l.matches("\\d+:.*"))
                    .map(l -> l.split("#")[0].split(":", 2)[1].split(",", -1))
                    .filter(f -> f.length > 2).flatMap(f -> java.util.Arrays.stream(f[2].split(";")))
                    .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            assertThat(mapping.values().stream().flatMap(List::stream)).isSubsetOf(plover);
        }
    }
}
