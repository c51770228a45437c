package org.readout.extract.perspective;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
    // An appositive after the name that says whose official this is: "..., Secretary of Foreign Affairs of the Philippines".
    private static final Pattern OF_COUNTRY = Pattern.compile("^[^.;]*?, [^,.;]*\\bof (?:the )?\\p{Lu}");
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
            int at = mention(sentence, p.name());
            if (at < 0 || p.country() == null) {
                continue;
            }
            String before = sentence.substring(Math.max(0, at - QUALIFIER_WINDOW), at);
            String after = sentence.substring(at, Math.min(sentence.length(), at + p.name().length() + QUALIFIER_WINDOW * 2));
            boolean ofCountry = OF_COUNTRY.matcher(after).find() && namesCountry(after, p.country());
            (namesCountry(before, p.country()) || ofCountry ? qualified : bare).add(p.country());
        }
        bare.removeAll(qualified);
        return bare.size() == 1 && !qualified.isEmpty() ? bare.iterator().next() : null;
    }

    // Where the sentence names the person: in full, else by the last word of the name ("PM Modi").
    private static int mention(String sentence, String name) {
        int at = sentence.indexOf(name);
        if (at >= 0) {
            return at;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.length() > 2 ? sentence.indexOf(last) : -1;
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
