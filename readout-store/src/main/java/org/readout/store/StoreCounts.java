package org.readout.store;

/** How much the store holds. */
public record StoreCounts(long documents, long events, long statements, long meetings, long actors) {
    /** "5 documents, 6 events, 40 statements, 4 meetings, 9 actors". */
    public String describe() {
        return documents + " documents, " + events + " events, " + statements + " statements, " + meetings + " meetings, "
                + actors + " actors";
    }
}
