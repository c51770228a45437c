package org.readout.analysis.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.MeetingMerger;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

class CodersTest {
    private static final List<Participant> PEOPLE = List.of(new Participant("Wang Yi", "CHN", List.of()),
            new Participant("Bui Thanh Son", "VNM", List.of()));
    private static final Statement PROMISE = new Statement("Wang Yi", "CHN", StatementKind.COMMITMENT, List.of("trade"),
            "China is willing to import more Vietnamese agricultural products.", null);
    private static final Statement REJECTION = new Statement("Bui Thanh Son", "VNM", StatementKind.OPPOSITION,
            List.of(), "Son rejected the claims.", null);
    private static final Statement AGREED = new Statement(Statement.BOTH, Statement.BOTH_COUNTRY, StatementKind.AGREEMENT,
            List.of(), "The two sides signed an agreement on border gates.", null);
    private static final Statement VIEW = new Statement("Wang Yi", "CHN", StatementKind.POSITION, List.of(),
            "Wang Yi said relations are at their best.", null);

    private static Meeting meeting(EventMode mode, Location place, String host, String occasion) {
        Event e = new Event(mode, LocalDate.parse("2024-04-04"), place, host, occasion, PEOPLE, null);
        return new MeetingMerger().merge(List.of(new Account("d1", "a.txt", 0, "Xinhua", "CHN", null, e),
                new Account("d2", "b.txt", 0, "VNA", "VNM", null, e))).get(0);
    }

    private static final Meeting VISIT = meeting(EventMode.VISIT, new Location("Hanoi", null, "VNM"), "VNM", null);
    private static final Map<String, ReadoutRecord> RECORDS = Map.of(
            "d1", record("a.txt", "https://example.org/a", List.of(PROMISE, AGREED, VIEW)),
            "d2", record("b.txt", null, List.of(PROMISE, REJECTION)));

    private static ReadoutRecord record(String doc, String url, List<Statement> statements) {
        return new ReadoutRecord(doc, null, "en", null, null, url, null, List.of(), statements, List.of(), List.of(),
                List.of(), null);
    }

    @Test
    void aVisitIsTheGuestsVisitAndTheHostsHosting() {
        List<GdeltEvent> rows = new CameoCoder().code(VISIT, RECORDS);

        assertThat(rows).filteredOn(GdeltEvent::rootEvent)
                .extracting(r -> r.actor1().code(), r -> r.actor2().code(), GdeltEvent::eventCode, GdeltEvent::goldstein)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CHNGOV", "VNMGOV", "042", 1.9),
                        org.assertj.core.groups.Tuple.tuple("VNMGOV", "CHNGOV", "043", 2.8));
        assertThat(rows.get(0).numArticles()).isEqualTo(2);
        assertThat(rows.get(0).numSources()).isEqualTo(2);
        assertThat(rows.get(0).actionGeoFullName()).isEqualTo("Hanoi, Vietnam");
        assertThat(rows.get(0).sourceUrl()).isEqualTo("https://example.org/a");
    }

    @Test
    void modesAndNegotiationOccasionsHaveTheirCodes() {
        CameoCoder coder = new CameoCoder();

        assertThat(coder.code(meeting(EventMode.PHONE, null, null, null), Map.of()))
                .extracting(GdeltEvent::eventCode).containsExactly("041");
        assertThat(coder.code(meeting(EventMode.THIRD_LOCATION, new Location("Jakarta", null, "IDN"), "IDN", null),
                Map.of())).extracting(GdeltEvent::eventCode).containsExactly("044");
        assertThat(coder.code(meeting(EventMode.VISIT, null, "VNM", "the fifth round of border negotiations"),
                Map.of())).extracting(GdeltEvent::eventCode).containsExactly("046", "046");
    }

    @Test
    void statementsAreCodedOnceByKindWithTheirCues() {
        List<GdeltEvent> said = new CameoCoder().code(VISIT, RECORDS).stream().filter(r -> !r.rootEvent()).toList();

        assertThat(said).extracting(GdeltEvent::eventCode).containsExactlyInAnyOrder("0311", "057", "010", "120");
        assertThat(said).filteredOn(r -> r.eventCode().equals("0311")).singleElement().satisfies(r -> {
            assertThat(r.numArticles()).isEqualTo(2);
            assertThat(r.actor1().name()).isEqualTo("Wang Yi");
            assertThat(r.actor2().countryCode()).isEqualTo("VNM");
            assertThat(r.quadClass()).isEqualTo(1);
            assertThat(r.goldstein()).isEqualTo(5.2);
        });
        assertThat(said).filteredOn(r -> r.eventCode().equals("120")).singleElement().satisfies(r -> {
            assertThat(r.quadClass()).isEqualTo(3);
            assertThat(r.goldstein()).isEqualTo(-4.0);
            assertThat(r.sourceUrl()).isEqualTo("b.txt");
        });
    }

    @Test
    void aRowHasGdeltsSixtyOneColumns() {
        GdeltEvent row = new CameoCoder().code(VISIT, RECORDS).get(0);
        String[] cells = row.toTsv().split("\t", -1);

        assertThat(GdeltEvent.header().split("\t")).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE");
        assertThat(cells).hasSize(61);
        assertThat(cells[1]).isEqualTo("20240404");
        assertThat(cells[2]).isEqualTo("202404");
        assertThat(cells[4]).isEqualTo("2024.2596"); // day 95 of 366
        assertThat(cells[GdeltEvent.COLUMNS.indexOf("EventBaseCode")]).isEqualTo("042");
        assertThat(cells[GdeltEvent.COLUMNS.indexOf("EventRootCode")]).isEqualTo("04");
        assertThat(cells[GdeltEvent.COLUMNS.indexOf("AvgTone")]).isEmpty();
        assertThat(Long.parseLong(cells[0])).isPositive();
    }

    @Test
    void ploverCodesTheMeetingAsConsultWithItsModeAndStatementsByKind() {
        List<PloverEvent> events = new PloverCoder().code(VISIT, RECORDS);

        assertThat(events).filteredOn(e -> e.eventType().equals("CONSULT"))
                .extracting(PloverEvent::actorCountry, PloverEvent::eventMode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CHN", "visit"),
                        org.assertj.core.groups.Tuple.tuple("VNM", "host"));
        assertThat(events).extracting(PloverEvent::eventType)
                .containsExactlyInAnyOrder("CONSULT", "CONSULT", "AGREE", "AGREE", "REJECT");
        assertThat(new PloverCoder().code(meeting(EventMode.VIDEO, null, null, null), Map.of()))
                .singleElement().satisfies(e -> assertThat(e.eventMode()).isEqualTo("phone"));
    }

    @Test
    void aPloverEventIsOneLineOfPolecatStyleJson() {
        PloverEvent agree = new PloverCoder().code(VISIT, RECORDS).stream()
                .filter(e -> e.eventType().equals("AGREE") && e.actor().equals("Wang Yi")).findFirst().orElseThrow();

        assertThat(agree.toJson()).startsWith("{\"event_id\":\"e").contains(
                "\"event_date\":\"2024-04-04\"", "\"event_type\":\"AGREE\"", "\"actor_country\":\"CHN\"",
                "\"recipient\":\"Bui Thanh Son\"", "\"recipient_country\":\"VNM\"",
                "\"source_documents\":[\"a.txt\",\"b.txt\"]", "\"location\":{\"city\":\"Hanoi\"")
                .doesNotContain("\n");
    }

    @Test
    void aVisitWithNoKnownHostIsAConsultAndAStatementWithNoStateIsNotCoded() {
        Event e = new Event(EventMode.VISIT, null, null, null, null, PEOPLE, null);
        Meeting unhosted = new MeetingMerger().merge(List.of(new Account("d3", "c.txt", 0, null, null, null, e))).get(0);
        Statement stateless = new Statement("a spokesperson", null, StatementKind.SUPPORT, List.of(), "It was praised.", null);

        assertThat(new CameoCoder().code(unhosted, Map.of("d3", record("c.txt", null, List.of(stateless)))))
                .singleElement().satisfies(r -> {
                    assertThat(r.eventCode()).isEqualTo("040");
                    assertThat(r.toTsv().split("\t", -1)[1]).isEmpty();
                });
    }

    @Test
    void idsAreStable() {
        assertThat(new CameoCoder().code(VISIT, RECORDS)).isEqualTo(new CameoCoder().code(VISIT, RECORDS));
        assertThat(new PloverCoder().code(VISIT, RECORDS)).isEqualTo(new PloverCoder().code(VISIT, RECORDS));
    }
}
