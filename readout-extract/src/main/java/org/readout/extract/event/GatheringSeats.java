package org.readout.extract.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.readout.extract.knowledge.Table;
import org.readout.extract.text.Fold;
import org.readout.model.Location;

/**
 * Gatherings that always meet in one city ({@code readout/knowledge/gatherings.tsv}): a meeting
 * "on the sidelines of the UN General Assembly" took place in New York when the text names no city.
 */
final class GatheringSeats {
    private static final String FILE = "readout/knowledge/gatherings.tsv";

    private record Seat(List<String> keys, Location location) {
    }

    private final List<Seat> seats;

    private GatheringSeats(List<Seat> seats) {
        this.seats = List.copyOf(seats);
    }

    static GatheringSeats bundled() {
        try (InputStream in = GatheringSeats.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return of(Table.parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    Optional<Location> in(String sentence) {
        String key = " " + Fold.key(sentence) + " ";
        return seats.stream().filter(s -> s.keys().stream().anyMatch(key::contains)).map(Seat::location).findFirst();
    }
}
