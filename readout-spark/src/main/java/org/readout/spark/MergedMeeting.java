package org.readout.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * One merged meeting as the job writes it: its meetings row (with its year last), the accounts (events) it
 * merges by key ("documentId#eventIndex"), and its events in GDELT's and PLOVER's lines.
 */
record MergedMeeting(String id, Row row, List<String> accountKeys, List<String> gdelt, List<String> plover)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    MergedMeeting {
        accountKeys = List.copyOf(accountKeys);
        gdelt = List.copyOf(gdelt);
        plover = List.copyOf(plover);
    }
}
