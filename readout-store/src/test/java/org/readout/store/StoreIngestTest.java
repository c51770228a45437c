package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.analysis.StatementRef;
import org.readout.model.Event;

class StoreIngestTest {
    @TempDir
    Path dir;

    @Test
    void ingestingTheSameDocumentsTwiceChangesNothing() {
        StoreCounts first;
        try (Store store = Store.open(dir)) {
            List<IngestResult> results = Fixtures.ingestAll(store, Fixtures.examples());
            assertThat(results).extracting(IngestResult::status).containsOnly(IngestResult.Status.NEW).hasSize(5);
            first = store.counts();
            assertThat(first.documents()).isEqualTo(5);
            assertThat(first.events()).isPositive();
            assertThat(first.statements()).isPositive();
            assertThat(first.meetings()).isPositive();
            assertThat(store.check()).isEmpty();
        }
        try (Store store = Store.open(dir)) {
            List<IngestResult> again = Fixtures.ingestAll(store, Fixtures.examples());
            assertThat(again).extracting(IngestResult::status).containsOnly(IngestResult.Status.UNCHANGED);
            assertThat(store.counts()).isEqualTo(first);
            assertThat(store.check()).isEmpty();
        }
    }

    @Test
    void theSameTextUnderAnotherNameIsTheSameDocument() {
        try (Store store = Store.open(dir)) {
            var doc = Fixtures.fixture("cn-account.txt");
            IngestResult once = store.ingest(doc, null);
            IngestResult twice = store.ingest(new org.readout.model.SourceDocument("copy.txt", doc.text(), null, null, null, null), "copy.txt");
            assertThat(twice.status()).isEqualTo(IngestResult.Status.UNCHANGED);
            assertThat(twice.documentId()).isEqualTo(once.documentId()).hasSize(64);
            assertThat(store.counts().documents()).isEqualTo(1);
        }
    }

    @Test
    void aBatchIsStoredWholeAndSkipsWhatIsStoredOrRepeated(@TempDir Path oneByOne) {
        List<DocumentInput> inputs = new java.util.ArrayList<>();
        Fixtures.files(Fixtures.examples()).forEach(f -> inputs.add(new DocumentInput(Fixtures.read(f), f.toString())));
        for (String name : List.of("cn-account.txt", "vn-account.txt", "other-call.txt", "cn-account.txt")) {
            inputs.add(new DocumentInput(Fixtures.fixture(name), null));
        }
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("vn-account.txt"), null);
            List<IngestResult> results = store.ingest(inputs);
            assertThat(results).extracting(IngestResult::status).containsExactly(
                    IngestResult.Status.NEW, IngestResult.Status.NEW, IngestResult.Status.NEW, IngestResult.Status.NEW,
                    IngestResult.Status.NEW, IngestResult.Status.NEW, IngestResult.Status.UNCHANGED,
                    IngestResult.Status.NEW, IngestResult.Status.UNCHANGED);
            assertThat(results.get(8).documentId()).isEqualTo(results.get(5).documentId());
            assertThat(store.check()).isEmpty();
            try (Store single = Store.open(oneByOne)) {
                inputs.forEach(in -> single.ingest(in.document(), in.origin()));
                assertThat(single.counts()).isEqualTo(store.counts());
                assertThat(single.meetings(MeetingFilter.ANY, Page.first(100))).isEqualTo(store.meetings(MeetingFilter.ANY, Page.first(100)));
            }
        }
    }

    @Test
    void everyStoredFactPointsAtItsEvidenceInTheStoredText() {
        try (Store store = Store.open(dir)) {
            Fixtures.ingestAll(store, Fixtures.examples());
            List<StatementRef> statements = store.statements(StatementFilter.ANY, Page.first(1000));
            assertThat(statements).hasSize((int) store.counts().statements());
            for (StatementRef s : statements) {
                String text = store.document(s.documentId()).orElseThrow().text();
                var span = s.statement().evidence();
                assertThat(text.substring(span.start(), span.end())).isEqualTo(s.statement().text());
            }
            store.forEachRecord(record -> {
                for (Event e : record.events()) {
                    assertThat(e.evidence()).isNotNull();
                }
            });
        }
    }

    @Test
    void aRecordExtractedElsewhereIsStoredAsGiven() {
        var doc = Fixtures.fixture("other-call.txt");
        var record = org.readout.extract.Readout.create().extract(doc);
        try (Store store = Store.open(dir)) {
            IngestResult result = store.ingest(doc, "elsewhere", record);
            assertThat(result.status()).isEqualTo(IngestResult.Status.NEW);
            assertThat(store.document(result.documentId()).orElseThrow().record()).isEqualTo(record);
            assertThat(store.ingest(doc, "elsewhere", record).status()).isEqualTo(IngestResult.Status.UNCHANGED);
            assertThat(store.contains(result.documentId())).isTrue();
        }
    }

    @Test
    void recordsComeBackAsTheyWereExtracted() {
        try (Store store = Store.open(dir)) {
            IngestResult result = store.ingest(Fixtures.fixture("vn-account.txt"), "fixtures/vn-account.txt");
            StoredDocument stored = store.document(result.documentId()).orElseThrow();
            assertThat(stored.record()).isEqualTo(result.record());
            assertThat(stored.origin()).isEqualTo("fixtures/vn-account.txt");
            assertThat(stored.seq()).isEqualTo(1);
            List<org.readout.model.ReadoutRecord> all = new java.util.ArrayList<>();
            store.forEachRecord(all::add);
            assertThat(all).containsExactly(result.record());
        }
    }
}
