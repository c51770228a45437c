package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.readout.extract.text.Fold;
import org.readout.model.Location;

/**
 * Gatherings that always meet in one city (gatherings.tsv): a meeting "on the sidelines of the UN
 * General Assembly" took place in New York when the text names no city.
 */
public final class GatheringSeats {
    private record Seat(List<String> keys, Location location) {
    }

    private final List<Seat> seats;

    private GatheringSeats(List<Seat> seats) {
        this.seats = List.copyOf(seats);
    }

    static GatheringSeats of(Table table) {
        List<Seat> seats = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            List<String> keys = row.list("names").stream().map(n -> " " + Fold.key(n) + " ").toList();
            seats.add(new Seat(keys, new Location(row.get("city"), null, row.get("country"))));
        }
        return new GatheringSeats(seats);
    }

    /** The seat of the first gathering the sentence names. */
    public Optional<Location> in(String sentence) {
        String key = " " + Fold.key(sentence) + " ";
        return seats.stream().filter(s -> s.keys().stream().anyMatch(key::contains)).map(Seat::location).findFirst();
    }
}
