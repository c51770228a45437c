package org.readout.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.extract.Readout;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.synthetic.StoreBenchmark.Stage;

class StoreBenchmarkTest {
    @Test
    void eachStageHoldsItsDocumentsAndTimesEveryQuery(@TempDir Path dir) {
        StoreBenchmark bench = new StoreBenchmark(new SyntheticCorpus(KnowledgeLoader.load(null)), Readout::create, 2, 5, 1);
        List<String> progress = new ArrayList<>();

        List<Stage> stages = bench.run(dir.resolve("store"), List.of(40, 80), progress::add);

        assertThat(stages).extracting(Stage::documents).containsExactly(40, 80);
        assertThat(stages).extracting(s -> s.counts().documents()).containsExactly(40L, 80L);
        assertThat(stages.get(1).storeBytes()).isGreaterThan(0);
        assertThat(stages).allSatisfy(s -> assertThat(s.latencies()).hasSize(9)
                .allSatisfy(l -> assertThat(l.p95Ms()).isGreaterThanOrEqualTo(l.p50Ms())));
        assertThat(StoreBenchmark.table(stages)).contains("| 40 docs | 80 docs |", "search QUERY p50 / p95 ms");
        assertThat(progress).contains("ingested 80 / 80");
    }
}
