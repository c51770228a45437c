package org.readout.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tagger's word-weight sums give the tags of the model's own greedy decoding. */
class TaggerTest {
    private static Tagger tagger;
    private static SentenceSplitter splitter;

    @BeforeAll
    static void load() {
        tagger = new Tagger();
        splitter = new SentenceSplitter();
    }

    @Test
    void tagsAShortSentence() {
        List<Token> tokens = splitter.split("Foreign Minister Ana Ruiz met her counterpart in Lima on Monday.").get(0).tokens();

        assertThat(tagger.tag(tokens)).startsWith("ADJ", "PROPN", "PROPN", "PROPN", "VERB");
    }

    @Test
    void givesTheModelsOwnGreedyTagsOnTheSampleReadouts() throws IOException {
        POSModel model;
        try (InputStream in = Tagger.class.getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        MaxentModel maxent = model.getArtifact("pos.model");
        POSContextGenerator contexts = model.getFactory().getPOSContextGenerator();
        List<Sentence> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            for (Path file : files.sorted().toList()) {
                sentences.addAll(splitter.split(Files.readString(file)));
            }
        }
        assertThat(sentences.size()).isGreaterThan(50);

        for (Sentence s : sentences) {
            String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
            String[] expected = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                double[] p = maxent.eval(contexts.getContext(i, words, expected, null));
                int best = 0;
                for (int k = 1; k < p.length; k++) {
                    if (p[k] > p[best]) {
                        best = k;
                    }
                }
                expected[i] = maxent.getOutcome(best);
            }
            assertThat(tagger.tag(s.tokens())).as(s.text()).containsExactly(expected);
        }
    }
}
