package org.readout.extract.knowledge;

/**
 * Everything Readout knows about the world, loaded once and immutable after.
 *
 * @param hash SHA-256 over the knowledge files' bytes, for provenance
 */
public record Knowledge(Countries countries, Gazetteer gazetteer, Officials officials, Outlets outlets,
                        Titles titles, TopicLexicon topics, KindCues kindCues, String hash) {
}
