package org.readout.extract.perspective;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.Country;
import org.readout.extract.knowledge.Outlet;
import org.readout.model.Event;
import org.readout.model.Participant;

/**
 * Whose account a text is: the state of an outlet that speaks for it (when that state took
 * part), else the side whose officials the text names without saying whose they are ("Foreign
 * Minister Bui Thanh Son met with Chinese Foreign Minister Wang Yi": Vietnam's account).
 */
public final class PerspectiveResolver {
    private static final int QUALIFIER_WINDOW = 45;
    private final Countries countries;

    public PerspectiveResolver(Countries countries) {
        this.countries = countries;
    }

    public String resolve(DocumentHeader header, List<Event> events, String text) {
        Set<String> sides = new LinkedHashSet<>();
        events.forEach(e -> e.participants().stream().map(Participant::country).filter(c -> c != null).forEach(sides::add));
        Outlet outlet = header.outlet();
        if (outlet != null && outlet.speaksForItsState() && outlet.country() != null
                && (events.isEmpty() || sides.contains(outlet.country()))) {
            return outlet.country();
        }
        if (events.isEmpty()) {
            return null;
        }
        Event first = events.get(0);
        String sentence = text.substring(first.evidence().start(), first.evidence().end());
        Set<String> bare = new LinkedHashSet<>();
        Set<String> qualified = new LinkedHashSet<>();
        for (Participant p : first.participants()) {
            int at = sentence.indexOf(p.name());
            if (at < 0 || p.country() == null) {
                continue;
            }
            String before = sentence.substring(Math.max(0, at - QUALIFIER_WINDOW), at);
            (namesCountry(before, p.country()) ? qualified : bare).add(p.country());
        }
        bare.removeAll(qualified);
        return bare.size() == 1 && !qualified.isEmpty() ? bare.iterator().next() : null;
    }

    private boolean namesCountry(String before, String alpha3) {
        Country c = countries.byCode(alpha3).orElse(null);
        if (c == null) {
            return false;
        }
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        return java.util.stream.Stream.concat(java.util.stream.Stream.concat(c.adjectives().stream(), c.aliases().stream()),
                java.util.stream.Stream.of(c.name())).anyMatch(form -> containsWord(lower, form.toLowerCase(java.util.Locale.ROOT)));
    }

    private static boolean containsWord(String text, String word) {
        int at = text.lastIndexOf(word);
        return at >= 0 && (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                && (at + word.length() >= text.length() || !Character.isLetter(text.charAt(at + word.length())));
    }
}
