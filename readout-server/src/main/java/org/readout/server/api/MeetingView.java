package org.readout.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.readout.analysis.Meeting;
import org.readout.analysis.office.OfficeLevel;
import org.readout.analysis.office.OfficeLevels;
import org.readout.model.Participant;
import org.readout.store.Store;

/**
 * A meeting as the API shows it: the Meeting JSON, its participants each with their actor id (so that
 * a page links people without looking each name up), the highest office among its participants (for
 * the timeline) and its host.
 */
record MeetingView(@JsonUnwrapped @JsonIgnoreProperties("participants") Meeting meeting, List<ParticipantView> participants,
                   OfficeLevel level, String host) {
    /** A participant as the meeting gives them, plus the id of the stored person the name means (null if none). */
    record ParticipantView(@JsonUnwrapped Participant participant, String actorId) {
    }

    /** The views of a page of meetings, their participants' names resolved in one store query. */
    static List<MeetingView> of(List<Meeting> meetings, OfficeLevels levels, Store store) {
        Map<String, String> actorIds = store.actorIds(meetings.stream()
                .flatMap(m -> m.participants().stream()).map(Participant::name).distinct().toList());
        return meetings.stream().map(m -> new MeetingView(m, m.participants().stream()
                .map(p -> new ParticipantView(p, actorIds.get(p.name()))).toList(), levels.of(m), m.host())).toList();
    }
}
