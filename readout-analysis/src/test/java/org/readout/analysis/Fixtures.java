package org.readout.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;

/** Hand-made accounts, participants and places for the analysis tests. */
final class Fixtures {
    static final Participant WANG = person("Wang Yi", "CHN", "Foreign Minister");
    static final Participant SON = person("Bui Thanh Son", "VNM", "Foreign Minister");

    private Fixtures() {
    }

    static Participant person(String name, String country, String... roles) {
        return new Participant(name, country, Arrays.asList(roles));
    }

    static Location city(String city, String country) {
        return new Location(city, null, country);
    }

    static Event event(EventMode mode, String date, Location place, Participant... people) {
        String host = place == null ? null : place.country();
        return new Event(mode, date == null ? null : LocalDate.parse(date), place, host, null, List.of(people), null);
    }

    static Account account(String doc, String perspective, Event event) {
        return account(doc, 0, perspective, event);
    }

    static Account account(String doc, int index, String perspective, Event event) {
        LocalDate published = event.date() == null ? null : event.date().plusDays(1);
        return new Account("sha-" + doc, doc, index, null, perspective, published, event);
    }

    static Account undated(String doc, String perspective, String published, Event event) {
        return new Account("sha-" + doc, doc, 0, null, perspective,
                published == null ? null : LocalDate.parse(published), event);
    }
}
