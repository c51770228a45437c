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
    /** An article between a preposition and a country is this short: "der", "la", "the". */
    private static final int ARTICLE_LETTERS = 3;

    private SentencePlaces() {
    }

    static Optional<Location> find(ForeignDocument doc, List<Mention> ms) {
        Location region = null;
        Location country = null;
        for (int k = 0; k < ms.size(); k++) {
            Sense s = ms.get(k).sense();
            if (s instanceof Sense.Place p && p.city() != null && !dateline(doc, ms.get(k))) {
                return Optional.of(new Location(p.city(), p.region(), p.country()));
            }
            if (s instanceof Sense.Place p && region == null) {
                region = new Location(null, p.region(), p.country());
            }
            if (s instanceof Sense.Country c && country == null && afterLocative(doc, ms, k) && nearAction(ms, k)) {
                country = new Location(null, null, c.alpha3());
            }
        }
        return Optional.ofNullable(region != null ? region : country);
    }

    /** A country right after a preposition of place, or after it and an article ("in der Ukraine"). */
    static boolean afterLocative(ForeignDocument doc, List<Mention> ms, int k) {
        if (k == 0 || !(ms.get(k - 1).sense() instanceof Sense.Cue c && c.kind() == CueKind.LOCATIVE)) {
            return false;
        }
        int gap = ms.get(k).from() - ms.get(k - 1).to();
        return gap == 0 || gap == 1 && doc.tokens().get(ms.get(k - 1).to()).key().length() <= ARTICLE_LETTERS;
    }

    /**
     * A city that opens a line as a dateline ("БАКУ /Trend/ -", "Lima (Perú), ...", "(서울=연합뉴스)") is where the
     * story was written.
     */
    static boolean dateline(ForeignDocument doc, Mention m) {
        String text = doc.text();
        int start = m.start() > 0 && text.charAt(m.start() - 1) == '(' ? m.start() - 1 : m.start();
        int i = m.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        boolean opens = start == 0 || text.charAt(start - 1) == '\n';
        return opens && i < text.length() && ",(/=".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean nearAction(List<Mention> ms, int k) {
        int at = ms.get(k).from();
        return ms.stream().anyMatch(m -> (m.sense() instanceof Sense.Person || m.sense() instanceof Sense.Cue c && c.kind().isInteraction())
                && Math.min(Math.abs(m.from() - at), Math.abs(m.to() - at)) <= NEAR_TOKENS);
    }
}
