package org.readout.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readout.analysis.Account;
import org.readout.model.ReadoutRecord;
import org.readout.store.MeetingDetail;

/** The records of a meeting's accounts by document id, as the analyses take them. */
final class MeetingRecords {
    private MeetingRecords() {
    }

    /** {@link MeetingDetail#records()} come in the order of the accounts' distinct documents. */
    static Map<String, ReadoutRecord> byDocumentId(MeetingDetail detail) {
        List<String> ids = detail.meeting().accounts().stream().map(Account::documentId).distinct().toList();
        Map<String, ReadoutRecord> byId = new HashMap<>();
        for (int i = 0; i < ids.size() && i < detail.records().size(); i++) {
            byId.put(ids.get(i), detail.records().get(i));
        }
        return byId;
    }
}
