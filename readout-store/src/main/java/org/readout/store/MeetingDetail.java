package org.readout.store;

import java.util.List;
import java.util.Objects;
import org.readout.analysis.Meeting;
import org.readout.model.ReadoutRecord;

/** A meeting with the full records of the documents that give its accounts, in account order. */
public record MeetingDetail(Meeting meeting, List<ReadoutRecord> records) {
    public MeetingDetail {
        Objects.requireNonNull(meeting, "meeting");
        records = List.copyOf(records);
    }
}
