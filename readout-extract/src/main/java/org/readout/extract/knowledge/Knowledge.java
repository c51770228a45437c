package org.readout.extract.knowledge;

import java.util.Set;

/**
 * Everything Readout knows about the world, loaded once and immutable after.
 *
 * @param notNames capitalised words that are never part of a person's name, as {@link org.readout.extract.text.Fold#key} keys
 * @param hash SHA-256 over the knowledge files' bytes, for provenance
 */
public record Knowledge(Countries countries, Gazetteer gazetteer, Officials officials, Offices offices, Outlets outlets,
                        Titles titles, TopicLexicon topics, KindCues kindCues, Predicates predicates,
                        FunctionWords functionWords, Set<String> notNames, GatheringSeats gatherings,
                        String hash) {
}
