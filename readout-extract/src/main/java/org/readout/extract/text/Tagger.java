package org.readout.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Universal Dependencies part-of-speech tags (NOUN, PROPN, VERB, AUX, ADP ...) for a sentence's
 * tokens, from OpenNLP's English model (UD English EWT). Decoding is greedy, one token at a time:
 * on readouts it gives the beam search's tags and costs a third of it.
 *
 * <p>The model's features of a token are the word's own (affixes, lower case, shape), the words up
 * to two away, the position near the sentence's start and the two tags before it. Each token takes
 * the tag of the highest summed weight (the model's probabilities rank the tags the same way), and a
 * word's weights in each of its roles are summed once and kept per thread, so a sentence costs one
 * lookup a word instead of a dozen feature strings a word.
 *
 * <p>Thread-safe: the model is shared; each thread has its own word weights and context generator.
 */
public final class Tagger {
    private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Words whose weights a thread keeps; the store starts afresh when full (about 20 MB). */
    private static final int KEPT_WORDS = 20_000;
    private static final String BEGIN = "S=begin";

    /** A word's summed weights as the token itself and as each of its neighbours. */
    private record WordWeights(double[] self, double[] previous, double[] secondPrevious, double[] next, double[] secondNext) {
    }

    private final String[] outcomes;
    private final Map<String, Context> weights;
    private final double[][] atPosition;
    private final double[][] afterTag;
    private final double[][][] afterTags;
    private final ThreadLocal<POSContextGenerator> contexts;
    private final ThreadLocal<Map<String, WordWeights>> words = ThreadLocal.withInitial(HashMap::new);

    public Tagger() {
        POSModel pos;
        try (InputStream in = Tagger.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP part-of-speech model " + MODEL + " is not on the classpath");
            }
            pos = new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MaxentModel model = pos.getArtifact("pos.model");
        outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
        weights = features;
        contexts = ThreadLocal.withInitial(() -> pos.getFactory().getPOSContextGenerator());
        atPosition = new double[][] {sum(BEGIN), sum("p1S=begin"), sum("p2S=begin")};
        afterTag = new double[outcomes.length][];
        afterTags = new double[outcomes.length][outcomes.length][];
        for (int a = 0; a < outcomes.length; a++) {
            afterTag[a] = sum("t=" + outcomes[a]);
            for (int b = 0; b < outcomes.length; b++) {
                afterTags[a][b] = sum("t2=" + outcomes[a] + "," + outcomes[b]);
            }
        }
    }

    /** One tag per token, in order. */
    public List<String> tag(List<Token> tokens) {
        int n = tokens.size();
        WordWeights[] word = new WordWeights[n];
        for (int i = 0; i < n; i++) {
            word[i] = weightsOf(tokens.get(i).text());
        }
        int[] tagged = new int[n];
        String[] tags = new String[n];
        double[] score = new double[outcomes.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(word[i].self(), 0, score, 0, score.length);
            if (i < atPosition.length) {
                add(score, atPosition[i]);
            }
            if (i >= 1) {
                add(score, word[i - 1].previous());
                add(score, afterTag[tagged[i - 1]]);
            }
            if (i >= 2) {
                add(score, word[i - 2].secondPrevious());
                add(score, afterTags[tagged[i - 2]][tagged[i - 1]]);
            }
            if (i + 1 < n) {
                add(score, word[i + 1].next());
            }
            if (i + 2 < n) {
                add(score, word[i + 2].secondNext());
            }
            int best = 0;
            for (int k = 1; k < score.length; k++) {
                if (score[k] > score[best]) {
                    best = k;
                }
            }
            tagged[i] = best;
            tags[i] = outcomes[best];
        }
        return List.of(tags);
    }

    private WordWeights weightsOf(String word) {
        Map<String, WordWeights> kept = words.get();
        WordWeights w = kept.get(word);
        if (w == null) {
            if (kept.size() >= KEPT_WORDS) {
                kept.clear();
            }
            w = compute(word);
            kept.put(word, w);
        }
        return w;
    }

    // The model's own context generator names the word's features, so that they are exactly the model's.
    private WordWeights compute(String word) {
        double[] self = new double[outcomes.length];
        String lower = null;
        for (String feature : contexts.get().getContext(0, new String[] {word}, new String[1], null)) {
            if (feature.equals(BEGIN)) {
                continue;
            }
            if (feature.startsWith("w=")) {
                lower = feature.substring(2);
            }
            add(self, sum(feature));
        }
        if (lower == null) {
            throw new IllegalStateException("the part-of-speech model's context names no word feature");
        }
        return new WordWeights(self, sum("p1w=" + lower), sum("p2w=" + lower), sum("n1w=" + lower), sum("n2w=" + lower));
    }

    /** The weights one feature gives each tag; zeros for a feature the model does not know. */
    private double[] sum(String feature) {
        double[] out = new double[outcomes.length];
        Context c = weights.get(feature);
        if (c != null) {
            int[] tagsOf = c.getOutcomes();
            double[] parameters = c.getParameters();
            for (int k = 0; k < tagsOf.length; k++) {
                out[tagsOf[k]] += parameters[k];
            }
        }
        return out;
    }

    private static void add(double[] into, double[] weights) {
        for (int k = 0; k < into.length; k++) {
            into[k] += weights[k];
        }
    }
}
