package org.readout.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.readout.extract.Readout;
import org.readout.extract.knowledge.KnowledgeLoader;

/**
 * Extraction time grows linearly with the length of one readout: the time per character of a 1 MB text is
 * within three times that of a 10 KB and a 100 KB text (a quadratic stage makes it a hundred times). Medians of
 * warm runs, and a generous factor, for a busy machine; {@code readout bench-sizes} gives the figures up to 5 MB.
 */
class ExtractionLinearityTest {
    private static final int RUNS = 3;

    @Test
    void timePerCharacterDoesNotGrowWithTheText() {
        Readout readout = Readout.create();
        SyntheticCorpus corpus = new SyntheticCorpus(KnowledgeLoader.load(null));
        for (int seed = 0; seed < 20; seed++) {
            readout.extract("warm-up", corpus.longReadout(20_000, seed));
        }
        double small = nanosPerChar(readout, corpus.longReadout(10_000, 1));
        double medium = nanosPerChar(readout, corpus.longReadout(100_000, 1));
        double large = nanosPerChar(readout, corpus.longReadout(1_000_000, 1));

        assertThat(large).isLessThan(3 * Math.max(small, medium));
    }

    private static double nanosPerChar(Readout readout, String text) {
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            readout.extract("linear", text);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return (double) nanos[RUNS / 2] / text.length();
    }
}
