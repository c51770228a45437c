package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.analysis.StatementRef;

class StoreActorsTest {
    @TempDir
    Path dir;

    @Test
    void spellingsWithAndWithoutDiacriticsAreOnePersonWithTheirOfficesOverTime() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("vn-account.txt"), null);

            List<Actor> found = store.actors("thanh son", Page.first(10));
            assertThat(found).singleElement().satisfies(a -> {
                assertThat(a.spellings()).containsExactlyInAnyOrder("Bui Thanh Son", "Bùi Thanh Sơn");
                assertThat(a.country()).isEqualTo("VNM");
            });
            ActorProfile son = store.actor(found.get(0).id()).orElseThrow();
            assertThat(son.offices()).singleElement().isEqualTo(
                    new Office("Foreign Minister", LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 15), 2));
            assertThat(son.events()).isEqualTo(2);
            assertThat(son.meetings()).isEqualTo(1);
            assertThat(son.statements()).isEqualTo(2);
            assertThat(store.actorById(found.get(0).id())).contains(son.actor());
            assertThat(store.actorById("no-such-actor")).isEmpty();
            assertThat(store.actors(null, Page.first(10))).extracting(Actor::name).contains("Wang Yi").hasSize(2);
        }
    }

    @Test
    void twoReportsOfOneMeetingAreTwoEventsButOneMeetingInEveryListOrder() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("vn-account.txt"), null);
            store.ingest(Fixtures.fixture("other-call.txt"), null);
            assertThat(store.meetings(MeetingFilter.ANY.withActor("Wang Yi"), Page.first(10))).singleElement()
                    .satisfies(m -> assertThat(m.accounts()).hasSize(2));
            for (ActorSummary.Sort sort : ActorSummary.Sort.values()) {
                assertThat(store.actors("wang yi", sort, Page.first(10))).as(sort.name()).singleElement().satisfies(a -> {
                    assertThat(a.events()).isEqualTo(2);
                    assertThat(a.meetings()).isEqualTo(1);
                    assertThat(a.statements()).isEqualTo(store.statements(StatementFilter.ANY.withSpeaker("Wang Yi"), Page.first(50)).size());
                });
            }
            assertThat(store.actors(null, ActorSummary.Sort.MEETINGS, Page.first(10))).extracting(ActorSummary::meetings)
                    .isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    @Test
    void participantNamesResolveToStoredActorsWithoutAQuery() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("vn-account.txt"), null);
            String son = store.actors("thanh son", Page.first(10)).get(0).id();
            assertThat(store.actorIds(List.of("Bui Thanh Son", "BÙI THANH SƠN", "Nobody Here", "both")))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("Bui Thanh Son", son, "BÙI THANH SƠN", son));
        }
    }

    @Test
    void aPersonStoredAfterAnEarlierLookupResolvesToo() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            assertThat(store.actorIds(List.of("Wang Yi", "Retno Marsudi"))).containsOnlyKeys("Wang Yi");

            store.ingest(Fixtures.fixture("other-call.txt"), null);
            assertThat(store.actorIds(List.of("Wang Yi", "Retno Marsudi"))).containsOnlyKeys("Wang Yi", "Retno Marsudi");
        }
    }

    @Test
    void statementsOfAPersonAreFoundUnderAnySpelling() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("vn-account.txt"), null);
            List<StatementRef> plain = store.statements(StatementFilter.ANY.withSpeaker("Bui Thanh Son"), Page.first(10));
            assertThat(plain).extracting(s -> s.statement().speaker()).containsExactly("Bui Thanh Son", "Bùi Thanh Sơn");
            assertThat(store.statements(StatementFilter.ANY.withSpeaker("BÙI THANH SƠN"), Page.first(10))).isEqualTo(plain);
            assertThat(store.statements(StatementFilter.ANY.withSpeaker("both"), Page.first(10))).hasSize(2);
        }
    }

    @Test
    void peopleUnknownToTheOfficialsFileJoinTheRegistry() {
        try (Store store = Store.open(dir)) {
            store.ingest(org.readout.model.SourceDocument.of("x.txt", Fixtures.fixture("other-call.txt").text()
                    .replace("Yoko Kamikawa", "Ayumi Tanabe-Kato")), null);
            assertThat(store.actors("tanabe", Page.first(10))).singleElement()
                    .satisfies(a -> assertThat(a.name()).isEqualTo("Ayumi Tanabe-Kato"));
        }
    }
}
