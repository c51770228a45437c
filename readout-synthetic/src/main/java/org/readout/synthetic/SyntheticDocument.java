package org.readout.synthetic;

/**
 * One generated readout.
 *
 * @param name    a file name, unique in the corpus
 * @param meeting the number of the meeting it reports; several documents may report one meeting
 */
public record SyntheticDocument(String name, int meeting, String text) {
}
