package org.readout.model;

/**
 * What produced a record: the extractor's version and a hash over the knowledge files it used,
 * so that records from different builds or knowledge bases can be told apart.
 */
public record Provenance(String extractorVersion, String knowledgeHash) {
}
