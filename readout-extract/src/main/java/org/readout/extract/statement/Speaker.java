package org.readout.extract.statement;

import org.readout.model.Statement;

/** Who a sentence's words belong to: a person, both sides, or a state. */
record Speaker(String name, String country) {
    static final Speaker BOTH = new Speaker(Statement.BOTH, Statement.BOTH_COUNTRY);
    /** Someone whose words Readout does not record (an unnamed source, a person tied to no state). */
    static final Speaker NOBODY = new Speaker("", "");

    boolean isBoth() {
        return this.equals(BOTH);
    }

    boolean isNobody() {
        return this.equals(NOBODY);
    }
}
