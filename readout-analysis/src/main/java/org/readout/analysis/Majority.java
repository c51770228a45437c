package org.readout.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The value most accounts give; a tie goes to the first by {@code tieBreak}, so the pick is stable. */
final class Majority {
    private Majority() {
    }

    static <T> Optional<T> of(Collection<T> values, Comparator<? super T> tieBreak) {
        return of(values, Function.identity(), tieBreak);
    }

    /** Counts values that share a key as one (e.g. "Hanoi" and "Ha Noi"); returns one of the winners. */
    static <T, K> Optional<T> of(Collection<T> values, Function<T, K> key, Comparator<? super T> tieBreak) {
        Map<K, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(key.apply(v), 1, Integer::sum));
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        return values.stream().filter(v -> counts.get(key.apply(v)) == top).min(tieBreak);
    }
}
