package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.analysis.StatementRef;
import org.readout.model.StatementKind;

class StoreStatementsTest {
    @TempDir
    Path dir;

    @Test
    void statementsAreFilteredBySideTopicKindAndDay() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("vn-account.txt"), null);
            store.ingest(Fixtures.fixture("other-call.txt"), null);

            assertThat(store.statements(StatementFilter.ANY.withCountry("Vietnam"), Page.first(10)))
                    .extracting(s -> s.statement().country()).containsOnly("VNM").hasSize(2);
            assertThat(store.statements(StatementFilter.ANY.withKind(StatementKind.AGREEMENT), Page.first(10)))
                    .extracting(s -> s.statement().country()).containsOnly("BOTH").hasSize(2);
            assertThat(store.statements(StatementFilter.ANY.withTopic("maritime_disputes"), Page.first(10)))
                    .extracting(s -> s.statement().speaker()).containsExactly("Retno Marsudi");
            List<StatementRef> march15 = store.statements(
                    StatementFilter.ANY.during(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 15)), Page.first(10));
            assertThat(march15).hasSize(3).allSatisfy(s -> assertThat(s.perspective()).isEqualTo("VNM"));
            assertThat(store.statements(StatementFilter.ANY, new Page(2, 7))).hasSize(1);
        }
    }

    @Test
    void eachStatementCarriesTheStatesOfItsMeeting() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("other-call.txt"), null);

            assertThat(store.statements(StatementFilter.ANY.withKind(StatementKind.AGREEMENT), Page.first(10)))
                    .extracting(StatementRef::parties).containsExactly(List.of("CHN", "VNM"));
            assertThat(store.statements(StatementFilter.ANY.withCountry("Indonesia"), Page.first(10)))
                    .isNotEmpty().extracting(StatementRef::parties).containsOnly(List.of("IDN", "JPN"));
        }
    }

    @Test
    void topicCountsCountEachSidesStatementsPerPeriod() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            store.ingest(Fixtures.fixture("vn-account.txt"), null);
            store.ingest(Fixtures.fixture("other-call.txt"), null);

            List<TopicCount> rows = store.topicCounts("China", "Vietnam", TopicCount.Period.QUARTER);
            assertThat(rows).isNotEmpty().allSatisfy(r -> {
                assertThat(r.period()).isEqualTo("2024-Q1");
                assertThat(r.country()).isIn("CHN", "VNM", "BOTH");
            });
            long expected = store.statements(StatementFilter.ANY.withCountry("CHN").withTopic("trade"), Page.first(10)).size();
            assertThat(rows).filteredOn(r -> r.country().equals("CHN") && r.topic().equals("trade"))
                    .singleElement().extracting(TopicCount::count).isEqualTo(expected);
            assertThat(store.topicCounts("CHN", "VNM", TopicCount.Period.YEAR)).extracting(TopicCount::period).containsOnly("2024");
            assertThat(store.topicCounts("IDN", "VNM", TopicCount.Period.YEAR)).isEmpty();
        }
    }
}
