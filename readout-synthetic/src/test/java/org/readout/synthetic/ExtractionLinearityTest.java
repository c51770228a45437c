package org.readout.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readout.extract.Readout;
import org.readout.extract.ReadoutConfig;
import org.readout.extract.knowledge.KnowledgeLoader;

/**
 * Extraction time grows linearly with the length of the text, from 10 KB to 5 MB: the time per character of
 * the long texts is within three times that of the short ones (a quadratic stage makes it a hundred times or
 * more), for one long readout, for many readouts run together, and for thousands of people with names of
 * their own. Medians of warm runs (one run at 5 MB), and a
 * generous factor, for a busy machine; {@code readout bench-sizes} prints the figures.
 */
class ExtractionLinearityTest {
    private static final int RUNS = 3;

    private final Readout readout = Readout.create(ReadoutConfig.defaults().withBudget(6_000_000, Duration.ZERO));
    private final SyntheticCorpus corpus = new SyntheticCorpus(KnowledgeLoader.load(null));

    @BeforeEach
    void warmUp() {
        for (int seed = 0; seed < 20; seed++) {
            readout.extract("warm-up", corpus.longReadout(20_000, seed));
        }
    }

    @Test
    void timePerCharacterOfOneReadoutDoesNotGrowWithItsLength() {
        double small = Math.max(nanosPerChar(corpus.longReadout(10_000, 1), RUNS), nanosPerChar(corpus.longReadout(100_000, 1), RUNS));

        assertThat(nanosPerChar(corpus.longReadout(1_000_000, 1), RUNS)).isLessThan(3 * small);
        assertThat(nanosPerChar(corpus.longReadout(5_000_000, 1), 1)).isLessThan(3 * small);
    }

    @Test
    void timePerCharacterOfManyMeetingsInOneTextDoesNotGrowWithTheirNumber() {
        double small = Math.max(nanosPerChar(corpus.manyReadouts(10_000, 7), RUNS), nanosPerChar(corpus.manyReadouts(100_000, 7), RUNS));

        assertThat(nanosPerChar(corpus.manyReadouts(1_000_000, 7), RUNS)).isLessThan(3 * small);
    }

    @Test
    void timePerCharacterDoesNotGrowWithTheNumberOfDistinctPeople() {
        double small = nanosPerChar(distinctPeople(20_000), RUNS);

        assertThat(nanosPerChar(distinctPeople(400_000), 1)).isLessThan(3 * small);
    }

    // A line per person, each a name of its own made of a few common words: each new name shares words with
    // thousands before it, which a name merger that compares by shared words would all have to look at.
    private static String distinctPeople(int chars) {
        String[] first = {"Anna", "Bui", "Ivan", "Jose", "Kim", "Li", "Maris", "Omar", "Sara", "Wang"};
        String[] last = {"Berg", "Dahl", "Khan", "Park", "Petrov", "Qiang", "Ruiz", "Son", "Yi", "Zhou"};
        StringBuilder text = new StringBuilder(chars + 64);
        for (int i = 0; text.length() < chars; i++) {
            text.append("Minister ").append(first[i % 10]).append(' ').append(last[i / 10 % 10]).append(i).append(" said.\n");
        }
        return text.toString();
    }

    private double nanosPerChar(String text, int runs) {
        System.gc(); // the garbage of the sizes before is not this size's cost
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            readout.extract("linear", text);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return (double) nanos[runs / 2] / text.length();
    }
}
