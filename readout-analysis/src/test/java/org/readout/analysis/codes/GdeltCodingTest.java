package org.readout.analysis.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.readout.analysis.codes.CodeFixtures.ADDED;
import static org.readout.analysis.codes.CodeFixtures.PEOPLE;
import static org.readout.analysis.codes.CodeFixtures.RECORDS;
import static org.readout.analysis.codes.CodeFixtures.VISIT;
import static org.readout.analysis.codes.CodeFixtures.meeting;
import static org.readout.analysis.codes.CodeFixtures.record;

import java.io.StringWriter;
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
import org.readout.model.Statement;
import org.readout.model.StatementKind;

class GdeltCodingTest {
    private static List<GdeltEvent> code(Meeting m, Map<String, org.readout.model.ReadoutRecord> records) {
        return new CameoCoder().code(m, records, ADDED, new EventIds());
    }

    private static String cell(GdeltEvent row, String column) {
        return row.values().get(GdeltEvent.COLUMNS.indexOf(column));
    }

    @Test
    void aVisitIsTheGuestsVisitAndTheHostsHostingInHanoiWithItsCoordinates() {
        List<GdeltEvent> rows = code(VISIT, RECORDS);

        assertThat(rows).filteredOn(GdeltEvent::rootEvent)
                .extracting(r -> r.actor1().code(), r -> r.actor2().code(), GdeltEvent::eventCode, GdeltEvent::goldstein)
                .containsExactly(tuple("CHNGOV", "VNMGOV", "042", 1.9), tuple("VNMGOV", "CHNGOV", "043", 2.8));
        GdeltEvent first = rows.get(0);
        assertThat(first.numArticles()).isEqualTo(2);
        assertThat(first.numSources()).isEqualTo(2);
        assertThat(first.sourceUrl()).isEqualTo("https://example.org/a");
        assertThat(List.of("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long"))
                .map(c -> cell(first, c)).containsExactly("4", "Hanoi, Vietnam", "VM", "21.0245", "105.8412");
        assertThat(cell(first, "Actor1Geo_Type")).isEqualTo("0");
        assertThat(cell(first, "Actor1Geo_FullName")).isNull();
    }

    @Test
    void aPlaceOutsideTheGazetteerIsItsCountryAndACallHasNoPlace() {
        GdeltEvent nowhere = code(meeting(EventMode.THIRD_LOCATION, new Location("Nowhere Springs", null, "IDN"), "IDN",
                null, PEOPLE), Map.of()).get(0);
        GdeltEvent call = code(meeting(EventMode.PHONE, null, null, null, PEOPLE), Map.of()).get(0);

        assertThat(List.of("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_FeatureID", "ActionGeo_Lat"))
                .map(c -> cell(nowhere, c)).containsExactly("1", "Indonesia", "ID", "ID", "-5.0000");
        assertThat(cell(call, "ActionGeo_Type")).isEqualTo("0");
        assertThat(cell(call, "ActionGeo_CountryCode")).isNull();
    }

    @Test
    void aUsCityIsTypeThreeAndAStateWithoutAFipsCodeLeavesItEmpty() {
        GdeltGeo geo = new GdeltGeo();

        assertThat(geo.place(new Location("New York", null, "USA")))
                .extracting(GdeltEvent.Place::type, GdeltEvent.Place::countryCode).containsExactly(3, "US");
        assertThat(geo.place(new Location("Berlin", null, "DEU")).countryCode()).isEqualTo("GM");
        assertThat(geo.place(new Location(null, null, "EUU")))
                .isEqualTo(new GdeltEvent.Place(1, "European Union", null, null, null, null));
    }

    @Test
    void modesAndNegotiationOccasionsHaveTheirCodes() {
        assertThat(code(meeting(EventMode.PHONE, null, null, null, PEOPLE), Map.of()))
                .extracting(GdeltEvent::eventCode).containsExactly("041");
        assertThat(code(meeting(EventMode.THIRD_LOCATION, new Location("Jakarta", null, "IDN"), "IDN", null, PEOPLE), Map.of()))
                .extracting(GdeltEvent::eventCode).containsExactly("044");
        assertThat(code(meeting(EventMode.VISIT, null, "VNM", "the fifth round of border negotiations", PEOPLE), Map.of()))
                .extracting(GdeltEvent::eventCode).containsExactly("046", "046");
    }

    @Test
    void statementsAreCodedOnceByKindWithTheirCues() {
        List<GdeltEvent> said = code(VISIT, RECORDS).stream().filter(r -> !r.rootEvent()).toList();

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
            assertThat(r.sourceUrl()).isEqualTo("b.txt");
        });
    }

    @Test
    void aRowHasGdeltsSixtyOneColumnsWithItsDateFormulas() {
        List<String> cells = code(VISIT, RECORDS).get(0).values();

        assertThat(GdeltEvent.COLUMNS).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE").endsWith("DATEADDED", "SOURCEURL");
        assertThat(cells).hasSize(61);
        assertThat(cells.subList(1, 5)).containsExactly("20240404", "202404", "2024", "2024.2575"); // 2024 + (3 * 30 + 4) / 365
        assertThat(cells.get(GdeltEvent.COLUMNS.indexOf("EventBaseCode"))).isEqualTo("042");
        assertThat(cells.get(GdeltEvent.COLUMNS.indexOf("EventRootCode"))).isEqualTo("04");
        assertThat(cells.get(GdeltEvent.COLUMNS.indexOf("AvgTone"))).isNull();
        assertThat(cells.get(GdeltEvent.COLUMNS.indexOf("DATEADDED"))).isEqualTo("20240405103000");
        assertThat(GdeltEvent.fractionDate(LocalDate.parse("2023-01-01"))).isEqualTo("2023.0027"); // as in GDELT's files
        assertThat(GdeltEvent.fractionDate(LocalDate.parse("2023-12-31"))).isEqualTo("2023.9890"); // still within the year
    }

    @Test
    void anUndatedMeetingTakesItsEarliestPublicationElseTheDayItWasStored() {
        Event e = new Event(EventMode.VISIT, null, null, null, null, PEOPLE, null);
        Meeting published = new MeetingMerger().merge(List.of(
                new Account("d3", "c.txt", 0, null, null, LocalDate.parse("2022-03-02"), e))).get(0);
        Meeting unpublished = new MeetingMerger().merge(List.of(new Account("d4", "d.txt", 0, null, null, null, e))).get(0);

        assertThat(cell(code(published, Map.of()).get(0), "SQLDATE")).isEqualTo("20220302");
        assertThat(cell(code(unpublished, Map.of()).get(0), "SQLDATE")).isEqualTo("20240405");
    }

    @Test
    void theSameSentenceTwiceInOneReportGetsTwoIdsAndIdsAreStable() {
        Statement twice = new Statement("Wang Yi", "CHN", StatementKind.SUPPORT, List.of(), "China supports Vietnam.", null);
        Map<String, org.readout.model.ReadoutRecord> records = Map.of("d1", record("a.txt", null, List.of(twice, twice), List.of()));

        List<GdeltEvent> rows = code(VISIT, records);
        assertThat(rows).extracting(GdeltEvent::globalEventId).doesNotHaveDuplicates().allMatch(id -> id > 0 && id < 1L << 53);
        assertThat(rows).isEqualTo(code(VISIT, records));
        EventIds ids = new EventIds();
        assertThat(ids.of("same")).isNotEqualTo(ids.of("same")).isEqualTo(EventIds.number("same"));
    }

    @Test
    void theWriterGivesTabSeparatedLinesWithoutHeaderOrQuotesForPlainValues() throws Exception {
        StringWriter out = new StringWriter();
        GdeltTsv tsv = new GdeltTsv(out);
        code(VISIT, RECORDS).forEach(tsv::write);
        tsv.flush();

        List<String> lines = out.toString().lines().toList();
        assertThat(out.toString()).endsWith("\n").doesNotContain("\r").doesNotContain("\"").doesNotContain("GLOBALEVENTID");
        assertThat(lines).hasSize(6).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(lines.get(0)).contains("\tHanoi, Vietnam\tVM\t\t\t21.0245\t105.8412\t\t20240405103000\thttps://example.org/a");
    }
}
