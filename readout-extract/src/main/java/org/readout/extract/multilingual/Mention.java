package org.readout.extract.multilingual;

/**
 * A dictionary match: tokens {@code [from, to)}, characters {@code [start, end)} (UTF-16, end-exclusive).
 */
record Mention(int from, int to, int start, int end, Sense sense) {
}
