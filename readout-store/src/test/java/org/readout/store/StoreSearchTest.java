package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.StatementKind;

class StoreSearchTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void ingest() {
        store = Store.open(dir);
        store.ingest(Fixtures.fixture("cn-account.txt"), null);
        store.ingest(Fixtures.fixture("vn-account.txt"), null);
        store.ingest(Fixtures.fixture("other-call.txt"), null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsAStatementWithItsMatchHighlighted() {
        List<SearchHit> hits = store.search("border gates", SearchFilter.ANY.withType(SearchHit.Type.STATEMENT), 10);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.doc()).isEqualTo("vn-account.txt");
            assertThat(h.statementIndex()).isZero();
            assertThat(h.snippet()).contains("[[border]] [[gates]]").startsWith("Bùi Thanh Sơn proposed");
        });
    }

    @Test
    void respectsTheCountryFilter() {
        List<SearchHit> all = store.search("cooperation", SearchFilter.ANY.withType(SearchHit.Type.STATEMENT), 10);
        assertThat(all).extracting(SearchHit::doc).contains("cn-account.txt", "other-call.txt");
        List<SearchHit> indonesia = store.search("cooperation", SearchFilter.ANY.withType(SearchHit.Type.STATEMENT)
                .withCountry("Indonesia"), 10);
        assertThat(indonesia).singleElement().extracting(SearchHit::doc).isEqualTo("other-call.txt");
        assertThat(store.search("cooperation", SearchFilter.ANY.withPair("VNM", "China"), 10))
                .extracting(SearchHit::doc).doesNotContain("other-call.txt").isNotEmpty();
    }

    @Test
    void foldsDiacriticsAndStemsAndFiltersBySpeakerAndKind() {
        assertThat(store.search("Bui Thanh Son", SearchFilter.ANY.withType(SearchHit.Type.DOCUMENT), 10))
                .extracting(SearchHit::doc).containsExactlyInAnyOrder("cn-account.txt", "vn-account.txt");
        assertThat(store.search("supported", SearchFilter.ANY.withSpeaker("Wang Yi").withKind(StatementKind.SUPPORT), 10))
                .singleElement().extracting(SearchHit::doc).isEqualTo("vn-account.txt");
        assertThat(store.search("U.S.-China talks", SearchFilter.ANY, 10)).isEmpty();
    }

    @Test
    void aBrokenQueryIsRefusedWithWhereItBreaksNotTakenAsLiteralWords() {
        assertThatThrownBy(() -> store.search("U.S.-China (talks", SearchFilter.ANY, 10))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(18))
                .hasMessageStartingWith("the query ends at character 18 where more is needed (a bracket left open");
        assertThatThrownBy(() -> store.search("border \"gates", SearchFilter.ANY, 10))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(8))
                .hasMessageStartingWith("cannot read the query at character 8: the \" there is never closed")
                .hasMessageContaining("put \\ before a special character");
        assertThatThrownBy(() -> store.search("border) gates", SearchFilter.ANY, 10))
                .hasMessageStartingWith("cannot read the query at character 7, ')'")
                .hasMessageNotContaining("Exception").hasMessageNotContaining("Lexical");
        assertThat(store.search("border \\(gates", SearchFilter.ANY, 10)).isNotNull();
    }

    @Test
    void aFieldTheIndexHasNotAndAWordStartingWithAWildcardAreRefusedToo() {
        assertThatThrownBy(() -> store.search("border Note: gates", SearchFilter.ANY, 10))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(8))
                .hasMessageStartingWith("cannot read the query at character 8: there is no field 'Note' to search (title: and text: are)");
        assertThatThrownBy(() -> store.search("border *ates", SearchFilter.ANY, 10))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(8))
                .hasMessageStartingWith("cannot read the query at character 8: a word cannot start with *")
                .hasMessageNotContaining("Query");
        assertThat(store.search("text:border gat*", SearchFilter.ANY, 10)).isNotEmpty();
    }

    @Test
    void givesEachHitItsDocumentStatementAndMeetingInOneRead() {
        List<SearchHit> hits = store.search("border gates", SearchFilter.ANY, 10);
        List<SearchResult> results = store.searchContext(hits);
        assertThat(results).extracting(SearchResult::hit).containsExactlyElementsOf(hits);
        String meeting = store.meetings(MeetingFilter.ANY, Page.first(10)).stream()
                .filter(m -> m.accounts().stream().anyMatch(a -> a.documentId().equals(hits.get(0).documentId())))
                .findFirst().orElseThrow().id();
        assertThat(results).filteredOn(r -> r.statement() != null).singleElement().satisfies(r -> {
            assertThat(r.document().title()).startsWith("Foreign Minister Bùi Thanh Sơn holds talks");
            assertThat(r.document().published()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(r.statement().speaker()).isEqualTo("Bùi Thanh Sơn");
            assertThat(r.statement().country()).isEqualTo("VNM");
            assertThat(r.statement().kind()).isEqualTo(StatementKind.PROPOSAL);
            assertThat(r.statement().evidence().start()).isPositive();
            assertThat(r.meetingId()).isEqualTo(meeting);
        });
        assertThat(results).filteredOn(r -> r.statement() == null).allSatisfy(r -> assertThat(r.document()).isNotNull());
        assertThat(store.searchContext(List.of())).isEmpty();
    }
}
