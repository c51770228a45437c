package org.readout.server.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.readout.analysis.Meeting;
import org.readout.analysis.office.OfficeLevel;
import org.readout.analysis.office.OfficeLevels;

/**
 * A meeting as the API shows it: the Meeting JSON plus the highest office among its participants
 * (for the timeline) and its host.
 */
record MeetingView(@JsonUnwrapped Meeting meeting, OfficeLevel level, String host) {
    static MeetingView of(Meeting m, OfficeLevels levels) {
        return new MeetingView(m, levels.of(m), m.host());
    }
}
