package org.readout.store;

/** How much the store holds. */
public record StoreCounts(long documents, long events, long statements, long meetings, long actors) {
}
