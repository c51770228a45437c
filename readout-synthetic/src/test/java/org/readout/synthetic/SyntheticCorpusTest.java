package org.readout.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.Readout;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.model.ReadoutRecord;

class SyntheticCorpusTest {
    private static SyntheticCorpus corpus;
    private static Readout readout;

    @BeforeAll
    static void load() {
        corpus = new SyntheticCorpus(KnowledgeLoader.load(null));
        readout = Readout.create();
    }

    @Test
    void theSameSeedGivesTheSameCorpus() {
        assertThat(corpus.documents(50, 7).toList()).isEqualTo(corpus.documents(50, 7).toList());
        assertThat(corpus.documents(50, 7).toList()).isNotEqualTo(corpus.documents(50, 8).toList());
    }

    @Test
    void givesExactlyTheCountAskedForWithUniqueNames() {
        List<SyntheticDocument> docs = corpus.documents(1000, 1).toList();

        assertThat(docs).hasSize(1000);
        assertThat(docs.stream().map(SyntheticDocument::name).distinct()).hasSize(1000);
    }

    @Test
    void someMeetingsAreReportedSeveralTimes() {
        Map<Integer, Long> reports = corpus.documents(300, 3)
                .collect(Collectors.groupingBy(SyntheticDocument::meeting, Collectors.counting()));

        assertThat(reports.values()).contains(1L, 2L, 3L);
    }

    @Test
    void theExtractorReadsNearlyEveryDocumentAsOneMeetingOfTwoStatesWithStatements() {
        List<ReadoutRecord> records = corpus.documents(200, 11)
                .map(d -> readout.extract(d.name(), d.text())).toList();

        long read = records.stream().filter(r -> r.events().size() == 1
                && r.events().get(0).date() != null
                && r.events().get(0).participants().stream().filter(p -> p.country() != null).count() == 2
                && !r.statements().isEmpty()).count();
        assertThat(read).isGreaterThanOrEqualTo(190);
    }
}
