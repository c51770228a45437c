package org.readout.extract.multilingual;

import java.util.List;
import java.util.Optional;
import org.readout.model.Location;

/**
 * Where a sentence says something took place: a city or venue, else a region, else a country
 * after a preposition of place ("in der Ukraine", "在法国", "في مملكة البحرين") close to the people
 * or the interaction, not one the talks were about ("the situation in Ukraine").
 */
final class SentencePlaces {
    /** Tokens between a locative country and the nearest person or interaction word. */
    private static final int NEAR_TOKENS = 6;
    private static final int LOCATIVE_GAP_TOKENS = 2;

    private SentencePlaces() {
    }

    static Optional<Location> find(List<Mention> ms) {
        Location region = null;
        Location country = null;
        for (int k = 0; k < ms.size(); k++) {
            Sense s = ms.get(k).sense();
            if (s instanceof Sense.Place p && p.city() != null) {
                return Optional.of(new Location(p.city(), p.region(), p.country()));
            }
            if (s instanceof Sense.Place p && region == null) {
                region = new Location(null, p.region(), p.country());
            }
            if (s instanceof Sense.Country c && country == null && afterLocative(ms, k) && nearAction(ms, k)) {
                country = new Location(null, null, c.alpha3());
            }
        }
        return Optional.ofNullable(region != null ? region : country);
    }

    private static boolean afterLocative(List<Mention> ms, int k) {
        return k > 0 && ms.get(k - 1).sense() instanceof Sense.Cue c && c.kind() == CueKind.LOCATIVE
                && ms.get(k).from() - ms.get(k - 1).to() <= LOCATIVE_GAP_TOKENS;
    }

    private static boolean nearAction(List<Mention> ms, int k) {
        int at = ms.get(k).from();
        return ms.stream().anyMatch(m -> (m.sense() instanceof Sense.Person || m.sense() instanceof Sense.Cue c && c.kind().isInteraction())
                && Math.min(Math.abs(m.from() - at), Math.abs(m.to() - at)) <= NEAR_TOKENS);
    }
}
