package org.readout.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.model.ReadoutRecord;

/** A meeting with the full records of the documents that give its accounts, in account order. */
public record MeetingDetail(Meeting meeting, List<ReadoutRecord> records) {
    public MeetingDetail {
        Objects.requireNonNull(meeting, "meeting");
        records = List.copyOf(records);
    }

    /** The ids of the documents that give its accounts, in account order, each once: those of {@link #records()}. */
    public List<String> documentIds() {
        return meeting.accounts().stream().map(Account::documentId).distinct().toList();
    }

    /** The records by document id, as the analyses take them. */
    public Map<String, ReadoutRecord> recordsByDocumentId() {
        List<String> ids = documentIds();
        Map<String, ReadoutRecord> byId = new HashMap<>();
        for (int i = 0; i < ids.size() && i < records.size(); i++) {
            byId.put(ids.get(i), records.get(i));
        }
        return byId;
    }
}
