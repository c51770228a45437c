package org.readout.store;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.readout.analysis.Meeting;
import org.readout.extract.knowledge.Knowledge;

/**
 * The rows a merged meeting adds to the meetings tables (meetings, meeting_accounts, meeting_conflicts) in their
 * columns' order (migration V1). The store inserts them; readout-spark, which merges meetings on a cluster,
 * writes the same rows, so that both agree column by column.
 */
public final class MeetingRows {
    private final RecordJson json;
    private final ActorKeys actorKeys;

    MeetingRows(RecordJson json, ActorKeys actorKeys) {
        this.json = json;
        this.actorKeys = actorKeys;
    }

    /** Rows whose people are resolved by this knowledge's officials, as the store resolves them. */
    public static MeetingRows of(Knowledge knowledge) {
        return new MeetingRows(new RecordJson(), new ActorKeys(knowledge));
    }

    /** The meetings row: id, date, mode, city, region, country, countries, actor_ids, meeting_json. */
    public Object[] meeting(Meeting m) {
        var place = m.location();
        return new Object[] {m.id(), m.date(), m.mode().name().toLowerCase(Locale.ROOT),
            place == null ? null : place.city(), place == null ? null : place.region(),
            place == null ? null : place.country(), m.countries(), actorIds(m), json.write(m)};
    }

    /** The meeting_accounts rows: meeting_id, document_id, event_index. */
    List<Object[]> accounts(Meeting m) {
        return m.accounts().stream().map(a -> new Object[] {m.id(), a.documentId(), a.eventIndex()}).toList();
    }

    /** The meeting_conflicts rows: meeting_id, position, field, values_json. */
    List<Object[]> conflicts(Meeting m) {
        return IntStream.range(0, m.conflicts().size()).mapToObj(i -> new Object[] {m.id(), i,
            m.conflicts().get(i).field(), json.write(new TreeMap<>(m.conflicts().get(i).values()))}).toList();
    }

    /** The people of all the meeting's accounts, resolved as their participant rows were. */
    private List<String> actorIds(Meeting m) {
        return m.accounts().stream().flatMap(a -> a.event().participants().stream())
                .flatMap(p -> actorKeys.resolve(p.name()).stream()).map(ActorKeys.ActorKey::id).distinct().sorted().toList();
    }
}
