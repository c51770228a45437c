package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
            assertThat(son.statements()).isEqualTo(2);
            assertThat(store.actors(null, Page.first(10))).extracting(Actor::name).contains("Wang Yi").hasSize(2);
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
