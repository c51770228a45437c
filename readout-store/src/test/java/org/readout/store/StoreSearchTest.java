package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        assertThat(store.search("U.S.-China (talks", SearchFilter.ANY, 10)).isEmpty();
    }
}
