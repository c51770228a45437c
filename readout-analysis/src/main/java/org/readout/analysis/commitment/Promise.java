package org.readout.analysis.commitment;

import java.util.Set;
import org.readout.analysis.StatementRef;
import org.readout.analysis.text.ContentWords;
import org.readout.analysis.text.Terms;

/** One statement as a promise of {@code country}: its content words less the promiser's own name. */
record Promise(StatementRef ref, String country, Terms terms, Set<String> topics) {
    static Promise of(StatementRef ref, String country, ContentWords words) {
        Terms terms = words.of(ref.statement().text()).without(ContentWords.country(country));
        return new Promise(ref, country, terms, Set.copyOf(ref.statement().topics()));
    }

    /** Zero where both name topics and share none: the same words about another matter are another promise. */
    double similarity(Promise other) {
        if (!topics.isEmpty() && !other.topics.isEmpty() && topics.stream().noneMatch(other.topics::contains)) {
            return 0;
        }
        return terms.similarity(other.terms);
    }
}
