package org.readout.analysis.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readout.analysis.Meeting;
import org.readout.model.EventMode;

/**
 * Who did what to whom in a meeting, as event data codes it: one directed pair of states per event.
 * A visit gives each guest toward the host ("guest") and the host toward each guest ("host"), and
 * two guests a "pair"; otherwise each pair of states once, in code order ("pair").
 */
record Dyad(String actor, String recipient, String side) {
    static final String GUEST = "guest";
    static final String HOST = "host";
    static final String PAIR = "pair";

    /** The mode as the mapping tables name it; a visit whose host is not known codes as "unknown". */
    static String modeKey(Meeting meeting) {
        boolean unhosted = meeting.mode() == EventMode.VISIT
                && (meeting.host() == null || !meeting.countries().contains(meeting.host()));
        return unhosted ? "unknown" : meeting.mode().name().toLowerCase(Locale.ROOT);
    }

    static List<Dyad> of(Meeting meeting) {
        List<String> states = meeting.countries();
        String host = meeting.mode() == EventMode.VISIT ? meeting.host() : null;
        boolean hosted = host != null && states.contains(host);
        List<Dyad> dyads = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            for (int j = i + 1; j < states.size(); j++) {
                String a = states.get(i);
                String b = states.get(j);
                if (hosted && (a.equals(host) || b.equals(host))) {
                    String guest = a.equals(host) ? b : a;
                    dyads.add(new Dyad(guest, host, GUEST));
                    dyads.add(new Dyad(host, guest, HOST));
                } else {
                    dyads.add(new Dyad(a, b, PAIR));
                }
            }
        }
        return dyads;
    }
}
