package org.readout.analysis.text;

import java.util.Map;

/**
 * The content words of a text with their weights, and how much two texts share: the weighted
 * Dice coefficient, 2 x (weight in common) / (weight of both), from 0 (nothing) to 1 (the same).
 */
public record Terms(Map<String, Double> weights) {
    public Terms {
        weights = Map.copyOf(weights);
    }

    public double similarity(Terms other) {
        double total = total() + other.total();
        if (total == 0) {
            return 0;
        }
        double shared = weights.entrySet().stream().filter(e -> other.weights.containsKey(e.getKey()))
                .mapToDouble(e -> Math.min(e.getValue(), other.weights.get(e.getKey()))).sum();
        return 2 * shared / total;
    }

    /** These terms less one, e.g. the speaker's own country, which all its statements share. */
    public Terms without(String term) {
        Map<String, Double> rest = new java.util.HashMap<>(weights);
        rest.remove(term);
        return new Terms(rest);
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    private double total() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
