package org.readout.extract.perspective;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.person.People;
import org.readout.extract.person.Person;
import org.readout.extract.person.PersonMention;

/**
 * The side whose officials a text names without saying whose they are, where it says it of the other side's:
 * "Foreign Minister Bui Thanh Son met with Chinese Foreign Minister Wang Yi" is Vietnam's account. Each person is
 * judged where the text first names them: "his Japanese counterpart Fumio Kishida", "Wang Yi, Minister of Foreign
 * Affairs of the People's Republic of China" are qualified.
 */
final class BareOfficials {
    private static final int AFTER = 90;
    /** "with his Japanese counterpart Fumio Kishida": the words just before the name and its title. */
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:[\\p{L}\\p{M}'’-]++[\\s,]++){1,4}$");
    // Whose official the name's own phrase says: "Fumio Kishida of Japan", "Wang Yi, Minister of Foreign Affairs of
    // the People's Republic of China".
    private static final Pattern OF_STATE = Pattern.compile(
            "^(?:,[^,.;]{0,60}?\\s|\\s)of (?:the )?(\\p{Lu}[\\p{L}\\p{M}'’ ]{2,50})");
    private static final int BEFORE = 40;

    private final CountryForms forms;

    BareOfficials(CountryForms forms) {
        this.forms = forms;
    }

    /**
     * The one side named bare while another is qualified: among the participants ({@code names}), or among all
     * persons of a state when the text reports no meeting.
     */
    Optional<String> side(People people, Set<String> names, String text) {
        Set<Integer> judged = new HashSet<>();
        Set<String> bare = new LinkedHashSet<>();
        Set<String> qualified = new LinkedHashSet<>();
        for (PersonMention m : people.mentions()) {
            Person p = people.get(m.personId());
            if (p.country() == null || !judged.add(p.id()) || !names.isEmpty() && !names.contains(p.name())) {
                continue;
            }
            (isQualified(text, m.span().start(), m.span().end(), p.country()) ? qualified : bare).add(p.country());
        }
        bare.removeAll(qualified);
        return bare.size() == 1 && !qualified.isEmpty() ? Optional.of(bare.iterator().next()) : Optional.empty();
    }

    private boolean isQualified(String text, int start, int end, String country) {
        if (forms.within(text.substring(start, end), country).isPresent()) {
            return true;
        }
        Matcher before = WORDS_BEFORE.matcher(text).region(Math.max(0, start - BEFORE), start);
        if (before.find() && forms.within(before.group(), country).isPresent()) {
            return true;
        }
        Matcher of = OF_STATE.matcher(text.substring(end, Math.min(text.length(), end + AFTER)));
        return of.find() && forms.within(of.group(1), country).isPresent();
    }
}
