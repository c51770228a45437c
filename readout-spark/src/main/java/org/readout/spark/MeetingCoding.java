package org.readout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.MeetingMerger;
import org.readout.analysis.codes.CameoCoder;
import org.readout.analysis.codes.EventIds;
import org.readout.analysis.codes.GdeltTsv;
import org.readout.analysis.codes.PloverCoder;
import org.readout.analysis.codes.PloverEvent;
import org.readout.extract.Readout;
import org.readout.model.ReadoutRecord;
import org.readout.store.MeetingRows;
import org.readout.store.RecordJson;

/**
 * Merges each group of reports (accounts no account outside the group can match) with the store's
 * {@link MeetingMerger}, and writes each meeting as the store would: its meetings row, and its GDELT and PLOVER
 * events as {@code readout export} codes them. Event ids are unique within a task; across tasks they are the
 * hash of what identifies the event, which collide once in about 10^14 pairs.
 */
final class MeetingCoding implements FlatMapFunction<Iterator<List<Report>>, MergedMeeting> {
    private static final long serialVersionUID = 1L;

    private final Readout readout;
    private final LocalDateTime added;
    private final boolean coded;

    /**
     * @param readout the pipeline whose knowledge resolves the meetings' people (rebuilt once per executor JVM)
     * @param added   when the documents were stored: the job's start, GDELT's DATEADDED
     * @param coded   whether the meetings' GDELT and PLOVER events are made (the reports then carry their records)
     */
    MeetingCoding(Readout readout, LocalDateTime added, boolean coded) {
        this.readout = readout;
        this.added = added;
        this.coded = coded;
    }

    @Override
    public Iterator<MergedMeeting> call(Iterator<List<Report>> groups) {
        MeetingMerger merger = new MeetingMerger();
        // people are keyed by the pipeline's officials, as the fact rows' are
        MeetingRows rows = MeetingRows.of(readout.knowledge());
        RecordJson json = new RecordJson();
        CameoCoder cameo = new CameoCoder();
        PloverCoder plover = new PloverCoder();
        // each export gives its own ids, as readout export does
        EventIds gdeltIds = new EventIds();
        EventIds ploverIds = new EventIds();
        // a group at a time, as Spark asks: a task holds one group's meetings, not its partition's
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups, Spliterator.ORDERED), false).flatMap(reports -> {
            Map<String, ReadoutRecord> records = new HashMap<>();
            if (coded) {
                reports.forEach(r -> records.computeIfAbsent(r.account().documentId(), id -> json.record(r.recordJson())));
            }
            return merger.merge(reports.stream().map(Report::account).toList()).stream().map(m -> new MergedMeeting(m.id(),
                    PartitionExtractor.row(rows.meeting(m), m.date() == null ? null : m.date().getYear()),
                    m.accounts().stream().map(Account::key).toList(), coded ? gdelt(cameo, m, records, gdeltIds) : List.of(),
                    coded ? plover.code(m, records, added, ploverIds).stream().map(PloverEvent::toJson).toList() : List.of()));
        }).iterator();
    }

    private List<String> gdelt(CameoCoder coder, Meeting m, Map<String, ReadoutRecord> records, EventIds ids) {
        StringBuilder lines = new StringBuilder();
        GdeltTsv tsv = new GdeltTsv(lines);
        coder.code(m, records, added, ids).forEach(tsv::write);
        try {
            tsv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.isEmpty() ? List.of() : Arrays.asList(lines.toString().split("\n"));
    }
}
