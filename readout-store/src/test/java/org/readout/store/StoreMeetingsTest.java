package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.analysis.Account;
import org.readout.analysis.Conflict;
import org.readout.analysis.Meeting;
import org.readout.model.SourceDocument;

class StoreMeetingsTest {
    @TempDir
    Path dir;

    @Test
    void twoOutletsReportsOfOneMeetingAreOneMeetingWithBothAccountsAndTheirConflicts() {
        try (Store store = Store.open(dir)) {
            String cn = store.ingest(Fixtures.fixture("cn-account.txt"), null).documentId();
            String vn = store.ingest(Fixtures.fixture("vn-account.txt"), null).documentId();
            store.ingest(Fixtures.fixture("other-call.txt"), null);

            List<Meeting> meetings = store.meetings(MeetingFilter.between("China", "VNM"), Page.first(10));
            assertThat(meetings).hasSize(1);
            Meeting m = meetings.get(0);
            assertThat(m.countries()).containsExactly("CHN", "VNM");
            assertThat(m.accounts()).extracting(Account::documentId).containsExactlyInAnyOrder(cn, vn);
            assertThat(m.accounts()).extracting(Account::perspective).containsExactlyInAnyOrder("CHN", "VNM");
            assertThat(m.conflicts()).extracting(Conflict::field).containsExactly("date");
            Map<String, String> dates = m.conflicts().stream().filter(c -> c.field().equals("date")).findFirst().orElseThrow().values();
            assertThat(dates.values()).containsExactlyInAnyOrder("2024-03-14", "2024-03-15");

            MeetingDetail detail = store.meeting(m.id()).orElseThrow();
            assertThat(detail.meeting()).isEqualTo(m);
            assertThat(detail.records()).extracting(r -> r.perspective()).containsExactlyInAnyOrder("CHN", "VNM");
            assertThat(store.counts().meetings()).isEqualTo(2);
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void theMeetingIsTheSameWhicheverReportArrivesFirst(@TempDir Path other) {
        Meeting forward;
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("vn-account.txt"), null);
            forward = store.meetings(MeetingFilter.ANY, Page.first(10)).get(0);
        }
        try (Store store = Store.open(other)) {
            store.ingest(Fixtures.fixture("vn-account.txt"), null);
            assertThat(store.meetings(MeetingFilter.ANY, Page.first(10))).hasSize(1);
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            assertThat(store.meetings(MeetingFilter.ANY, Page.first(10))).containsExactly(forward);
        }
    }

    @Test
    void anUndatedReportJoinsTheMeetingByItsPublicationDayWhicheverArrivesFirst(@TempDir Path other) {
        // the Vietnamese account without its dates, published the day after the Chinese one's meeting
        String text = Fixtures.fixture("vn-account.txt").text().replace("HANOI, March 15, 2024 (VNA) -- On March 15, 2024, ", "HANOI (VNA) -- ");
        SourceDocument undated = new SourceDocument("vn-undated.txt", text, null, null, LocalDate.of(2024, 3, 15), null, Map.of());
        for (Path store : List.of(dir, other)) {
            try (Store s = Store.open(store)) {
                List<SourceDocument> order = store == dir ? List.of(Fixtures.fixture("cn-account.txt"), undated)
                        : List.of(undated, Fixtures.fixture("cn-account.txt"));
                order.forEach(d -> s.ingest(d, null));

                Meeting m = s.meetings(MeetingFilter.ANY, Page.first(10)).get(0);
                assertThat(m.accounts()).extracting(a -> a.event().date()).as(store.toString())
                        .containsExactlyInAnyOrder(LocalDate.of(2024, 3, 14), null);
                assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 14));
                assertThat(s.check()).isEmpty();
            }
        }
    }

    @Test
    void meetingsAreFilteredByStatesPersonAndDays() {
        try (Store store = Store.open(dir)) {
            Fixtures.ingestAll(store, Fixtures.examples());
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("other-call.txt"), null);
            List<Meeting> all = store.meetings(MeetingFilter.ANY, Page.first(100));
            assertThat(all).hasSize((int) store.counts().meetings());
            assertThat(all).extracting(Meeting::date).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

            assertThat(store.meetings(MeetingFilter.between("Indonesia", "Japan"), Page.first(10)))
                    .singleElement().extracting(Meeting::date).isEqualTo(LocalDate.of(2024, 6, 3));
            assertThat(store.meetings(MeetingFilter.ANY.withActor("yoko kamikawa"), Page.first(10))).hasSize(1);
            assertThat(store.meetings(MeetingFilter.between("CHN", "VNM").during(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)), Page.first(10)))
                    .singleElement().extracting(Meeting::date).isEqualTo(LocalDate.of(2024, 3, 14));
            List<Meeting> chinaVietnam = store.meetings(MeetingFilter.between("CHN", "VNM"), Page.first(100));
            assertThat(chinaVietnam).allSatisfy(m -> assertThat(m.countries()).contains("CHN", "VNM"));
            assertThat(store.meetings(MeetingFilter.between("CHN", "VNM"), new Page(1, 1)))
                    .containsExactly(chinaVietnam.get(1));
            assertThatThrownBy(() -> store.meetings(MeetingFilter.between("Atlantis", "VNM"), Page.first(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Atlantis");
        }
    }

    @Test
    void aStatesFilterKeepsExactlyTheMeetingsEachOfTheStatesTookPartIn() {
        try (Store store = Store.open(dir)) {
            Fixtures.ingestAll(store, Fixtures.examples());
            store.ingest(Fixtures.fixture("other-call.txt"), null);
            List<Meeting> all = store.meetings(MeetingFilter.ANY, Page.first(100));

            for (List<String> states : List.of(List.of("CHN"), List.of("VNM", "CHN"), List.of("IDN", "JPN"),
                    List.of("CHN", "VNM", "JPN"))) {
                assertThat(store.meetings(MeetingFilter.ANY.withCountries(states), Page.first(100))).as("%s", states)
                        .containsExactlyElementsOf(all.stream().filter(m -> m.countries().containsAll(states)).toList());
            }
        }
    }

    @Test
    void meetingIdsAreFoundByTheirStart() {
        try (Store store = Store.open(dir)) {
            Fixtures.ingestAll(store, Fixtures.examples());
            List<String> ids = store.meetings(MeetingFilter.ANY, Page.first(100)).stream().map(Meeting::id).sorted().toList();

            assertThat(store.meetingIds("m", 100)).containsExactlyElementsOf(ids);
            assertThat(store.meetingIds("m", 2)).containsExactlyElementsOf(ids.subList(0, 2));
            assertThat(store.meetingIds(ids.get(3).substring(0, 8), 10)).contains(ids.get(3));
            assertThat(store.meetingIds(ids.get(3), 10)).containsExactly(ids.get(3));
            assertThat(store.meetingIds("x", 10)).isEmpty();
        }
    }
}
