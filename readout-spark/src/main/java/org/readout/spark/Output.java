package org.readout.spark;

import java.util.Locale;

/**
 * What the job can write, each into the output folder of its name; {@code skipped/} is always written. An
 * analyst at GDELT's scale may want the coded events and not every article's text again in {@code documents/}.
 */
enum Output {
    DOCUMENTS, EVENTS, PARTICIPANTS, STATEMENTS, MEETINGS, RECORDS, GDELT, PLOVER;

    /** Whether this output needs the meeting merge: an event row carries its meeting's id. */
    boolean needsMeetings() {
        return this == EVENTS || this == MEETINGS || this == GDELT || this == PLOVER;
    }

    /** Whether this output is the meetings' coded events, made from their documents' records. */
    boolean coded() {
        return this == GDELT || this == PLOVER;
    }

    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
