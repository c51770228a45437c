package org.readout.cli;

import org.readout.model.ReadoutRecord;

/** Writes records one by one as they are made, so a long run shows its progress. */
interface RecordWriter {
    void write(ReadoutRecord record);

    /** Closes whatever the format opened (the JSON array). */
    default void finish() {
    }
}
