package org.readout.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * on readouts it gives the beam search's tags and costs a third of it. Each token takes the tag of
 * the highest summed feature weight: the model's probabilities rank the tags the same way, and
 * skipping their exponentials and normalisation saves time.
 *
 * <p>Thread-safe: the model is shared; OpenNLP's context generator caches features per sentence,
 * so each thread has its own.
 */
public final class Tagger {
    private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private final String[] outcomes;
    private final Map<String, Context> weights;
    private final ThreadLocal<POSContextGenerator> contexts;

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
    }

    /** One tag per token, in order. */
    public List<String> tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        String[] tags = new String[words.length];
        POSContextGenerator context = contexts.get();
        double[] score = new double[outcomes.length];
        for (int i = 0; i < words.length; i++) {
            java.util.Arrays.fill(score, 0);
            for (String feature : context.getContext(i, words, tags, null)) {
                Context c = weights.get(feature);
                if (c != null) {
                    int[] tagsOf = c.getOutcomes();
                    double[] parameters = c.getParameters();
                    for (int k = 0; k < tagsOf.length; k++) {
                        score[tagsOf[k]] += parameters[k];
                    }
                }
            }
            int best = 0;
            for (int k = 1; k < score.length; k++) {
                if (score[k] > score[best]) {
                    best = k;
                }
            }
            tags[i] = outcomes[best];
        }
        return List.of(tags);
    }
}
