package org.readout.extract.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.readout.extract.date.DateFinder;
import org.readout.extract.date.DateMention;
import org.readout.extract.date.DateResolver;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.text.Fold;
import org.readout.model.Location;
import org.readout.model.Participant;

/**
 * A photo's caption as a second, terse account of the meeting ("X (L) meets with Y in Phnom Penh,
 * Oct. 11, 2020"): where the story only says "met here on Sunday", the caption that names every
 * participant gives the place and the day. It never overrides what the story itself tells.
 */
final class PhotoCaptions {
    private static final int MAX_DAYS_BEFORE_ANCHOR = 31;

    private final List<String> captions;
    private final DocumentHeader header;
    private final PlaceFinder places;
    private final DateFinder dates;
    private final DateResolver resolver;

    PhotoCaptions(List<String> captions, DocumentHeader header, PlaceFinder places, DateFinder dates, DateResolver resolver) {
        this.captions = captions;
        this.header = header;
        this.places = places;
        this.dates = dates;
        this.resolver = resolver;
    }

    /** Where the first caption naming every participant places them. */
    Optional<Location> place(List<Participant> participants, Collection<String> preferred) {
        return naming(participants).flatMap(c -> places.find(c, preferred, null));
    }

    /** The day the first caption naming every participant gives, if it falls where the story's own days do. */
    Optional<LocalDate> day(List<Participant> participants) {
        Optional<String> caption = naming(participants);
        if (caption.isEmpty()) {
            return Optional.empty();
        }
        LocalDate anchor = header.anchor();
        for (DateMention d : dates.find(caption.get(), 0)) {
            Optional<LocalDate> day = resolver.resolve(d, anchor, header.yearHint()).filter(x -> anchor == null
                    || !x.isBefore(anchor.minusDays(MAX_DAYS_BEFORE_ANCHOR)) && !x.isAfter(anchor.plusDays(1)));
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private Optional<String> naming(List<Participant> participants) {
        if (participants.size() < 2) {
            return Optional.empty();
        }
        return captions.stream().filter(c -> participants.stream().allMatch(p -> names(c, p))).findFirst();
    }

    private static boolean names(String caption, Participant p) {
        String[] words = Fold.key(p.name()).split(" ");
        String surname = words[words.length - 1];
        return surname.length() > 1 && (" " + Fold.key(caption) + " ").contains(" " + surname + " ");
    }
}
