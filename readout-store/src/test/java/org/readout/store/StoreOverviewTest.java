package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.analysis.Meeting;
import org.readout.analysis.StatementRef;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

/** What a browser of the store needs over the five founding documents and a call: pairs, documents, people, statements. */
class StoreOverviewTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingestExamples() {
        store = Store.open(dir);
        Fixtures.ingestAll(store, Fixtures.examples());
        store.ingest(Fixtures.fixture("other-call.txt"), null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aPairsRelationshipNamesInTheOrderTheyFirstAppearWithTheirDocuments() {
        List<RelationshipName> names = store.relationshipNames("Vietnam", "CHN");
        assertThat(names).extracting(RelationshipName::label).containsExactly(
                "community with a shared future of strategic significance",
                "comprehensive strategic cooperative partnership",
                "community with a shared future that carries strategic significance",
                "Community of Shared Future of strategic significance");
        // one name in two spellings, one account dated and one not
        RelationshipName partnership = names.get(1);
        assertThat(partnership.first()).isEqualTo(LocalDate.of(2023, 7, 13));
        assertThat(partnership.last()).isEqualTo(LocalDate.of(2023, 7, 13));
        assertThat(partnership.uses()).extracting(RelationshipName.Use::doc, RelationshipName.Use::outlet)
                .containsExactly(tuple("000_6c7b1cdc61024ecd.txt", null), tuple("002_d4031eb014a138c4.txt", "Nhan Dan"));
        assertThat(names.get(3).first()).isNull();
        assertThat(store.relationshipNames("IDN", "JPN")).isEmpty();
        assertThatThrownBy(() -> store.relationshipNames("Vietnam", "VNM")).hasMessageContaining("not VNM and itself");
        assertThatThrownBy(() -> store.topicCounts("CHN", "China", TopicCount.Period.YEAR)).hasMessageContaining("not CHN and itself");
        assertThatThrownBy(() -> store.relationshipNames("Atlantis", "VNM"))
                .hasMessage("unknown country 'Atlantis': give an ISO 3166 alpha-3 code or an English name;"
                        + " the store's meetings have CHN (China), IDN (Indonesia), JPN (Japan), VNM (Vietnam)");
    }

    @Test
    void pairsCountEveryTwoStatesOfAMeetingMostMeetingsFirst() {
        List<CountryPair> pairs = store.countryPairs(Page.first(100));
        assertThat(pairs).extracting(CountryPair::countries).containsExactly(List.of("CHN", "VNM"), List.of("IDN", "JPN"));
        assertThat(pairs.get(0).meetings()).isEqualTo(5);
        assertThat(pairs.get(0).meetings()).isEqualTo(store.meetings(MeetingFilter.between("CHN", "VNM"), Page.first(100)).size());
        assertThat(pairs.get(0).first()).isBeforeOrEqualTo(pairs.get(0).last());
        assertThat(pairs).extracting(CountryPair::meetings).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long multilateral = store.meetings(MeetingFilter.ANY, Page.first(100)).stream()
                .mapToLong(m -> (long) m.countries().size() * (m.countries().size() - 1) / 2).sum();
        assertThat(pairs.stream().mapToLong(CountryPair::meetings).sum()).isEqualTo(multilateral);
        assertThat(store.countryPairs(new Page(1, 1))).containsExactly(pairs.get(1));
    }

    @Test
    void documentsComeInIngestOrderWithoutTheirTexts() {
        List<DocumentSummary> docs = store.documents(Page.first(10));
        assertThat(docs).hasSize(6).extracting(DocumentSummary::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(docs.get(0).name()).isEqualTo("000_6c7b1cdc61024ecd.txt");
        assertThat(docs.get(0).id()).isEqualTo(store.document(docs.get(0).id()).orElseThrow().id());
        assertThat(docs).allSatisfy(d -> assertThat(d.language()).isEqualTo("en"));
        assertThat(store.documents(new Page(2, 5))).extracting(DocumentSummary::seq).containsExactly(6L);
        assertThat(store.records(new Page(2, 0))).extracting(r -> r.doc())
                .containsExactly(docs.get(0).name(), docs.get(1).name());
    }

    @Test
    void actorsCarryTheirCountsAndSortByEvents() {
        List<ActorSummary> byEvents = store.actors(null, ActorSummary.Sort.EVENTS, Page.first(100));
        assertThat(byEvents).extracting(ActorSummary::events).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        ActorSummary top = byEvents.get(0);
        ActorProfile profile = store.actor(top.id()).orElseThrow();
        assertThat(top.events()).isEqualTo(profile.events()).isPositive();
        assertThat(top.statements()).isEqualTo(profile.statements());
        assertThat(store.actors(null, ActorSummary.Sort.NAME, Page.first(100))).extracting(ActorSummary::name)
                .isSorted().hasSize(byEvents.size());
        assertThat(store.actors("zzz", ActorSummary.Sort.NAME, Page.first(10))).isEmpty();
    }

    @Test
    void statementsOfAMeetingAreThoseOfItsAccountsDocuments() {
        Meeting m = store.meetings(MeetingFilter.between("CHN", "VNM"), Page.first(1)).get(0);
        List<StatementRef> said = store.statements(StatementFilter.ANY.ofMeeting(m.id()), Page.first(500));
        assertThat(said).isNotEmpty().extracting(StatementRef::documentId)
                .allMatch(id -> m.accounts().stream().anyMatch(a -> a.documentId().equals(id)));
        assertThat(store.statements(StatementFilter.ANY.ofMeeting("m-none"), Page.first(10))).isEmpty();
    }

    @Test
    void statementsOfAnActorAreFoundByTheirId() {
        ActorSummary speaker = store.actors(null, ActorSummary.Sort.NAME, Page.first(100)).stream()
                .filter(a -> a.statements() > 0).findFirst().orElseThrow();
        List<StatementRef> said = store.statements(StatementFilter.ANY.withActorId(speaker.id()), Page.first(500));
        assertThat(said).hasSize((int) speaker.statements());
        List<TopicTotal> topics = store.actorTopics(speaker.id());
        assertThat(topics).extracting(TopicTotal::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(topics.stream().mapToLong(TopicTotal::count).sum())
                .isEqualTo(said.stream().mapToLong(s -> s.statement().topics().size()).sum());
    }

    @Test
    void promisesAreCommitmentsAndWhatBothSidesAgreed() {
        List<StatementRef> all = store.promises(null);
        assertThat(all).isNotEmpty().allSatisfy(r -> assertThat(r.statement().kind() == StatementKind.COMMITMENT
                || Statement.BOTH_COUNTRY.equals(r.statement().country())).isTrue());
        assertThat(store.promises("Vietnam")).allSatisfy(r -> assertThat(r.statement().country()).isIn("VNM", "BOTH"));
        assertThat(all).extracting(StatementRef::key).doesNotHaveDuplicates();
    }

    @Test
    void countryNamesComeFromTheirCodes() {
        assertThat(store.countryName("vnm")).contains("Vietnam");
        assertThat(store.countryName("XXX")).isEmpty();
    }
}
