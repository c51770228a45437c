package org.readout.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pairwise precision and recall of a grouping of documents against gold groups: a pair is two
 * documents put (or known to be) in one group.
 */
record PairScore(Set<String> predicted, Set<String> gold) {
    static PairScore of(Collection<? extends Collection<String>> predictedGroups,
                        Collection<? extends Collection<String>> goldGroups) {
        return new PairScore(pairs(predictedGroups), pairs(goldGroups));
    }

    double precision() {
        return predicted.isEmpty() ? 1.0 : (double) hits().size() / predicted.size();
    }

    double recall() {
        return gold.isEmpty() ? 1.0 : (double) hits().size() / gold.size();
    }

    Set<String> hits() {
        return predicted.stream().filter(gold::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> falsePairs() {
        return predicted.stream().filter(p -> !gold.contains(p)).collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> missedPairs() {
        return gold.stream().filter(p -> !predicted.contains(p)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> pairs(Collection<? extends Collection<String>> groups) {
        Set<String> pairs = new TreeSet<>();
        for (Collection<String> group : groups) {
            List<String> docs = group.stream().distinct().sorted().toList();
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    pairs.add(docs.get(i) + " + " + docs.get(j));
                }
            }
        }
        return pairs;
    }
}
