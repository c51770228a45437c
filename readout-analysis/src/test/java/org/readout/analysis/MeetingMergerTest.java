package org.readout.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.analysis.Fixtures.SON;
import static org.readout.analysis.Fixtures.WANG;
import static org.readout.analysis.Fixtures.account;
import static org.readout.analysis.Fixtures.city;
import static org.readout.analysis.Fixtures.event;
import static org.readout.analysis.Fixtures.person;
import static org.readout.analysis.Fixtures.undated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.readout.model.EventMode;
import org.readout.model.Participant;

class MeetingMergerTest {
    private static final MeetingMerger MERGER = new MeetingMerger();

    @Test
    void twoOutletsADayApartAreOneMeetingWithBothAccountsAndTheDateConflict() {
        Account chinese = account("cn.txt", "CHN", event(EventMode.VISIT, "2024-04-04", city("Nanning", "CHN"), WANG, SON));
        Account vietnamese = account("vn.txt", "VNM", event(EventMode.VISIT, "2024-04-05", city("Nanning", "CHN"), SON, WANG));

        List<Meeting> meetings = MERGER.merge(List.of(chinese, vietnamese));

        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.accounts()).extracting(Account::perspective).containsExactlyInAnyOrder("CHN", "VNM");
            assertThat(m.date()).isEqualTo(LocalDate.parse("2024-04-04"));
            assertThat(m.countries()).containsExactly("CHN", "VNM");
            assertThat(m.host()).isEqualTo("CHN");
            assertThat(m.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("date");
                assertThat(c.values()).containsValues("2024-04-04", "2024-04-05");
            });
        });
    }

    @Test
    void theSamePairAWeekApartOrInAnotherCityMeetsTwice() {
        Account first = account("a.txt", "CHN", event(EventMode.VISIT, "2024-04-04", city("Nanning", "CHN"), WANG, SON));
        Account weekLater = account("b.txt", "CHN", event(EventMode.VISIT, "2024-04-11", city("Nanning", "CHN"), WANG, SON));
        Account elsewhere = account("c.txt", "VNM", event(EventMode.VISIT, "2024-04-04", city("Beijing", "CHN"), WANG, SON));

        assertThat(MERGER.merge(List.of(first, weekLater, elsewhere))).hasSize(3);
    }

    @Test
    void datesAFewDaysApartMergeOnlyForTheSamePeopleInTheSameCity() {
        Account a = account("a.txt", "CHN", event(EventMode.VISIT, "2024-04-04", city("Hanoi", "VNM"), WANG, SON));
        Account b = account("b.txt", "VNM", event(EventMode.VISIT, "2024-04-06", city("Ha Noi", "VNM"), WANG, SON));
        Account noCity = account("c.txt", "VNM", event(EventMode.VISIT, "2024-04-06", null, WANG, SON));

        assertThat(MERGER.merge(List.of(a, b))).singleElement()
                .satisfies(m -> assertThat(m.conflicts()).extracting(Conflict::field).containsExactly("date"));
        assertThat(MERGER.merge(List.of(a, noCity))).hasSize(2);
    }

    @Test
    void aCallAndAVisitOnOneDayAreTwoInteractionsButPhoneAndVideoAreOne() {
        Account call = account("a.txt", "CHN", event(EventMode.PHONE, "2022-04-14", null, WANG, SON));
        Account video = account("b.txt", "VNM", event(EventMode.VIDEO, "2022-04-14", null, WANG, SON));
        Account visit = account("c.txt", "VNM", event(EventMode.VISIT, "2022-04-14", city("Hanoi", "VNM"), WANG, SON));

        List<Meeting> meetings = MERGER.merge(List.of(call, video, visit));

        assertThat(meetings).hasSize(2);
        assertThat(meetings).filteredOn(m -> m.accounts().size() == 2).singleElement().satisfies(m -> {
            assertThat(m.mode()).isEqualTo(EventMode.VIDEO);
            assertThat(m.host()).isNull();
            assertThat(m.conflicts()).extracting(Conflict::field).containsExactly("mode");
        });
    }

    @Test
    void aRoundUpKeepsOneMeetingPerCounterpartAndNeverMergesTwoEventsOfOneDocument() {
        Participant jaishankar = person("S Jaishankar", "IND");
        Account withRussia = account("roundup.txt", 0, "IND", event(EventMode.VISIT, "2023-03-01",
                city("New Delhi", "IND"), jaishankar, person("Sergey Lavrov", "RUS")));
        Account withNigeria = account("roundup.txt", 1, "IND", event(EventMode.VISIT, "2023-03-01",
                city("New Delhi", "IND"), jaishankar, person("Geoffrey Onyeama", "NGA")));
        Account twiceInOne = account("roundup.txt", 2, "IND", event(EventMode.VISIT, "2023-03-01",
                city("New Delhi", "IND"), jaishankar, person("Sergey Lavrov", "RUS")));
        Account russian = account("tass.txt", "RUS", event(EventMode.VISIT, "2023-03-01", city("New Delhi", "IND"),
                person("Sergey Lavrov", "RUS"), person("Subrahmanyam Jaishankar", "IND")));

        List<Meeting> meetings = MERGER.merge(List.of(withRussia, withNigeria, twiceInOne, russian));

        assertThat(meetings).hasSize(3);
        assertThat(meetings).allSatisfy(m -> assertThat(m.accounts()).extracting(Account::documentId).doesNotHaveDuplicates());
        assertThat(meetings).filteredOn(m -> m.accounts().size() == 2).singleElement().satisfies(m ->
                assertThat(m.participants()).extracting(Participant::name)
                        .containsExactlyInAnyOrder("Subrahmanyam Jaishankar", "Sergey Lavrov"));
    }

    @Test
    void aParticipantWithoutAStateTakesTheStateOfTheSameNamedPerson() {
        Account known = account("a.txt", "USA", event(EventMode.VISIT, "2023-10-26", city("Washington", "USA"),
                person("Antony J. Blinken", "USA"), WANG));
        Account unknown = account("b.txt", null, event(EventMode.VISIT, "2023-10-26", city("Washington", "USA"),
                person("Anthony Blinken", null), WANG));

        assertThat(MERGER.merge(List.of(known, unknown))).singleElement().satisfies(m -> {
            assertThat(m.countries()).containsExactly("CHN", "USA");
            assertThat(m.participants()).extracting(Participant::name, Participant::country)
                    .contains(org.assertj.core.groups.Tuple.tuple("Antony J. Blinken", "USA"));
        });
    }

    @Test
    void anUndatedReportJoinsTheOneMeetingOfTheSamePeopleInTheSameCity() {
        Account dated = account("a.txt", "CHN", event(EventMode.VISIT, "2024-08-19", city("Beijing", "CHN"),
                person("Xi Jinping", "CHN"), person("To Lam", "VNM")));
        Account undated = undated("b.txt", null, null, event(EventMode.VISIT, null, city("Beijing", "CHN"),
                person("Xi Jinping", "CHN"), person("Tô Lâm", "VNM")));

        assertThat(MERGER.merge(List.of(dated, undated))).singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.parse("2024-08-19")));
    }

    @Test
    void anUndatedReportStaysAloneWhenTwoMeetingsFitOrItNamesNoPlaceOrItWasPublishedBefore() {
        Account april = account("a.txt", "CHN", event(EventMode.VISIT, "2024-04-04", city("Hanoi", "VNM"), WANG, SON));
        Account june = account("b.txt", "CHN", event(EventMode.VISIT, "2024-06-04", city("Hanoi", "VNM"), WANG, SON));
        Account undated = undated("c.txt", "VNM", null, event(EventMode.VISIT, null, city("Hanoi", "VNM"), WANG, SON));
        Account nowhere = undated("d.txt", "VNM", null, event(EventMode.UNKNOWN, null, null, WANG, SON));
        Account earlier = undated("e.txt", "VNM", "2024-01-10", event(EventMode.VISIT, null, city("Hanoi", "VNM"), WANG, SON));

        assertThat(MERGER.merge(List.of(april, june, undated))).hasSize(3);
        assertThat(MERGER.merge(List.of(april, nowhere))).hasSize(2);
        assertThat(MERGER.merge(List.of(april, earlier))).hasSize(2);
    }

    @Test
    void multilateralReportsListingFewerStatesMergeButABilateralIsNotTheSummit() {
        Participant[] four = {person("A", "AUS"), person("B", "IND"), person("C", "JPN"), person("D", "USA")};
        Account full = account("a.txt", "USA", event(EventMode.VISIT, "2024-09-21", city("Wilmington", "USA"), four));
        Account partial = account("b.txt", "IND", event(EventMode.VISIT, "2024-09-21", city("Wilmington", "USA"),
                four[0], four[1], four[3]));
        Account bilateral = account("c.txt", "IND", event(EventMode.VISIT, "2024-09-21", city("Wilmington", "USA"),
                four[1], four[3]));

        List<Meeting> meetings = MERGER.merge(List.of(full, partial, bilateral));

        assertThat(meetings).hasSize(2);
        assertThat(meetings).filteredOn(m -> m.accounts().size() == 2).singleElement()
                .satisfies(m -> assertThat(m.countries()).containsExactly("AUS", "IND", "JPN", "USA"));
    }

    @Test
    void differentTitlesAreAConflictButSpellingsOfOneOfficeOrAnOmittedTitleAreNot() {
        Account a = account("a.txt", "CHN", event(EventMode.VISIT, "2024-04-04", city("Hanoi", "VNM"),
                person("Wang Yi", "CHN", "State Councillor", "Minister of Foreign Affairs"), SON));
        Account b = account("b.txt", "VNM", event(EventMode.VISIT, "2024-04-04", city("Hanoi", "VNM"),
                person("Wang Yi", "CHN", "State Councilor", "Foreign Minister"), person("Bui Thanh Son", "VNM")));
        Account c = account("c.txt", null, event(EventMode.VISIT, "2024-04-04", city("Hanoi", "VNM"),
                WANG, person("Bui Thanh Son", "VNM", "Deputy Prime Minister")));

        assertThat(MERGER.merge(List.of(a, b)).get(0).conflicts()).isEmpty();
        assertThat(MERGER.merge(List.of(a, b, c)).get(0).conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.field()).isEqualTo("role:Bui Thanh Son");
            assertThat(conflict.values()).containsOnlyKeys("sha-a.txt#0", "sha-c.txt#0")
                    .containsValues("Foreign Minister", "Deputy Prime Minister");
        });
    }

    @Test
    void theMajorityPlaceWinsAndTheMeetingTakesTheFullestTitles() {
        Account a = account("a.txt", "CHN", event(EventMode.VISIT, "2024-04-04", city("Nanning", "CHN"), WANG, SON));
        Account b = account("b.txt", "VNM", event(EventMode.UNKNOWN, "2024-04-04", null,
                person("Wang Yi", "CHN", "Foreign Minister", "State Councilor"), SON));

        Meeting m = MERGER.merge(List.of(a, b)).get(0);

        assertThat(m.mode()).isEqualTo(EventMode.VISIT);
        assertThat(m.location()).isEqualTo(city("Nanning", "CHN"));
        assertThat(m.participants().get(0).roles()).containsExactly("Foreign Minister", "State Councilor");
    }

    @Test
    void theResultAndItsIdsDoNotDependOnTheInputOrder() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            accounts.add(account("d" + i + ".txt", "CHN", event(i % 2 == 0 ? EventMode.VISIT : EventMode.PHONE,
                    "2024-04-0" + (1 + i / 2), i % 2 == 0 ? city("Hanoi", "VNM") : null, WANG, SON)));
        }
        List<Meeting> expected = MERGER.merge(accounts);
        Collections.shuffle(accounts, new Random(7));

        assertThat(MERGER.merge(accounts)).isEqualTo(expected);
    }
}
