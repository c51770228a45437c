package org.readout.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.readout.analysis.Account;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.Statement;

/** How the tables write facts for a person: "Jakarta, IDN", "Wang Yi (CHN)", "both sides". */
final class Labels {
    private Labels() {
    }

    static String date(LocalDate date) {
        return date == null ? "undated" : date.toString();
    }

    /** "Nanning, CHN"; the region only where no city is known; "" for none. */
    static String place(Location place) {
        if (place == null) {
            return "";
        }
        String where = place.city() != null ? place.city() : place.region();
        return Stream.of(where, place.country()).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    static String participants(List<Participant> participants) {
        return participants.stream().map(p -> person(p.name(), p.country())).collect(Collectors.joining(", "));
    }

    /** "Wang Yi (CHN)", "China (CHN)" for a state speaking as itself, "both sides" for what they said together. */
    static String speaker(Statement s) {
        if (Statement.BOTH_COUNTRY.equals(s.country())) {
            return "both sides";
        }
        return s.speaker() == null ? Objects.requireNonNullElse(s.country(), "?") : person(s.speaker(), s.country());
    }

    private static String person(String name, String country) {
        return country == null ? name : name + " (" + country + ")";
    }

    /** An account by its outlet, else its document, and its perspective: "Xinhua (CHN)". */
    static String account(Account a) {
        return source(a.outlet(), a.doc(), a.perspective());
    }

    static String source(String outlet, String doc, String perspective) {
        String source = outlet != null ? outlet : doc;
        return perspective == null ? source : source + " (" + perspective + ")";
    }

    /** An enum value as the record contract writes it: "commitment", "statement". */
    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
