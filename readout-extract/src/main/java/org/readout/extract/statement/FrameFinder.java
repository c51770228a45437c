package org.readout.extract.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.Country;
import org.readout.extract.person.People;
import org.readout.extract.person.PersonMention;
import org.readout.extract.text.Sentence;
import org.readout.model.Participant;

/**
 * Finds who a sentence says is speaking: a subject (a person, "he", "the two sides", "A and B",
 * a participant's office, "the Vietnamese side", a state) right before a reporting verb, or "said Xi",
 * "according to Wang".
 * The earliest such frame in the sentence wins.
 */
final class FrameFinder {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)and|but|while|that");
    private static final String ADVERBS = "(?:(?:also|further|once again|again|then|firmly|warmly|highly|strongly|extensively|"
            + "repeatedly|in turn|for (?:his|her|their) part|later|earlier|separately|both|jointly|fully|sincerely|all)[,\\s]+)*";
    private static final String VERBS = "(?:said|says|say|noted|notes|stressed|stresses|added|adds|stated|states|expressed|expresses|"
            + "emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|affirmed|affirms|reaffirmed|reaffirms|pointed out|congratulated|congratulates|"
            + "welcomed|welcomes|thanked|thanks|appreciated|appreciates|hoped|hopes|called on|called for|calls on|urged|urges|"
            + "proposed|proposes|suggested|agreed|agree|agrees|pledged|pledges|vowed|highlighted|underlined|underscored|acknowledged|"
            + "wished|extended|spoke highly|reiterated|reiterates|told|wrote|tweeted|believes|opined|asserted|described|conveyed|"
            + "invited|pressed|took up|renewed|gave an explanation|concurred|applauded|requested|requests|supports|supported|"
            + "opposes|opposed|discussed|exchanged|focused|focussed|referred|shared|had an open|spoke about|spoke|mentioned|"
            + "responded|assured|praised|condemned|rejected|warned|voiced|reviewed|recalled|expressing|stressing|affirming|"
            + "is willing|are willing|was willing|looks forward|looked forward|sees|regards|have reaffirmed|have emphasi[sz]ed|"
            + "has reaffirmed|have agreed|has agreed|also addressed|addressed|reached)";
    private static final Set<String> COUNTRY_VERBS = Set.of("said", "says", "stated", "expressed", "requests", "requested",
            "reiterated", "noted", "stressed", "emphasized", "emphasised", "affirmed", "reaffirmed", "called on", "urged",
            "proposed", "reaffirms", "expresses");
    private static final Pattern VERB = Pattern.compile("\\b" + VERBS + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOTH_BEFORE = Pattern.compile("(?i)\\b(?:the two (?:sides|ministers|foreign ministers|leaders|heads of state|parties|sides' leaders)"
            + "|both (?:sides|ministers|leaders|the leaders|parties)|the sides|the parties|they|the meeting|their (?:conversation|discussions?|talks)|the talks)\\s*,?\\s*" + ADVERBS + "$");
    /** "the Secretary of State", "the Vietnamese Foreign Minister": an office, perhaps after a state's name or demonym. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)\\bthe\\s+((?:[\\p{L}.'’-]+\\s+){0,4}?[\\p{L}.'’-]+)\\s*,?\\s*"
            + ADVERBS + "$");
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("(?i)\\b(?:he|she)\\s*,?\\s*" + ADVERBS + "$");
    private static final Pattern SIDE_BEFORE = Pattern.compile("(?i)\\bthe (\\p{L}+) side\\s+" + ADVERBS + "$");
    private static final Pattern INVERTED = Pattern.compile("(?i)\\b(?:said|added|noted|stressed|according to)\\s*$");
    private static final Pattern PERFECT = Pattern.compile("(?i)^(?:have|has|is|are|sees|regards|says|notes|stresses|reaffirms|requests|supports|opposes|hopes|agrees|welcomes)\\b");
    /**
     * What stands between two conjoined names: "and", perhaps the second one's title ("and Secretary") and
     * the particle its surname mention leaves out ("and Secretary del" Rosario).
     */
    private static final Pattern CONJOINED = Pattern.compile("and(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*(?:\\s+\\p{Ll}{1,4})?");
    /** A subject, then an aside between commas, right before the verb. */
    private static final Pattern APPOSITIVE_TAIL = Pattern.compile("(.*\\S)\\s*,\\s*[^,]{2,160},\\s*" + ADVERBS);
    private static final Pattern ADVERB_TAIL = Pattern.compile("(?i)[,\\s]*" + ADVERBS + "$");

    private final Countries countries;

    FrameFinder(Countries countries) {
        this.countries = countries;
    }

    /**
     * @param speakers who may speak in this document: participants (id to speaker)
     * @param lastPerson the person "he" refers to
     * @param roster the participants of the reported events, with their offices
     */
    Optional<Frame> find(Sentence s, People people, java.util.Map<Integer, Speaker> speakers, Integer lastPerson,
                         boolean countriesMaySpeak, Set<String> sideCountries, List<Participant> roster) {
        String text = s.text();
        List<PersonMention> mentions = people.in(s.index());
        Matcher v = VERB.matcher(text);
        while (v.find()) {
            String before = text.substring(0, v.start());
            String verb = v.group().toLowerCase(java.util.Locale.ROOT);
            boolean perfect = PERFECT.matcher(verb).find();
            Optional<Frame> f = personBefore(s, mentions, v.start(), before, speakers)
                    .map(sp -> new Frame(sp.orElse(null), verb, v.end(), perfect));
            if (f.isPresent()) {
                return f;
            }
            if (BOTH_BEFORE.matcher(before).find()) {
                return Optional.of(new Frame(Speaker.BOTH, verb, v.end(), perfect));
            }
            if (PRONOUN_BEFORE.matcher(before).find() && lastPerson != null) {
                return Optional.of(new Frame(speakers.get(lastPerson), verb, v.end(), perfect));
            }
            Optional<Speaker> office = officeBefore(before, roster);
            if (office.isPresent()) {
                return Optional.of(new Frame(office.get(), verb, v.end(), perfect));
            }
            Matcher side = SIDE_BEFORE.matcher(before);
            if (side.find()) {
                Optional<Country> c = countries.byAnyForm(side.group(1));
                if (c.isPresent()) {
                    return Optional.of(new Frame(bySide(c.get(), speakers), verb, v.end(), perfect));
                }
            }
            List<Country> states = countriesBefore(before);
            boolean mayReport = COUNTRY_VERBS.contains(verb)
                    && states.stream().allMatch(c -> countriesMaySpeak || sideCountries.contains(c.alpha3()));
            if (states.size() == 2 && mayReport) {
                return Optional.of(new Frame(Speaker.BOTH, verb, v.end(), perfect));
            }
            if (states.size() == 1 && mayReport) {
                Country country = states.get(0);
                return Optional.of(new Frame(new Speaker(country.name(), country.alpha3()), verb, v.end(), perfect));
            }
        }
        return inverted(s, mentions, speakers);
    }

    /** A person mention ending right before the verb (adverbs aside); empty inner value: not a participant. */
    private Optional<Optional<Speaker>> personBefore(Sentence s, List<PersonMention> mentions, int verbAt, String before,
                                                      java.util.Map<Integer, Speaker> speakers) {
        String trimmed = ADVERB_TAIL.matcher(before).replaceFirst("");
        int end = s.span().start() + trimmed.length();
        List<PersonMention> ending = mentions.stream().filter(m -> m.span().end() == end).toList();
        Matcher appositive = APPOSITIVE_TAIL.matcher(before);
        if (ending.isEmpty() && appositive.matches()) {
            // "Wang, also a member of the Political Bureau, said": the name before an aside naming no one else
            int nameEnd = s.span().start() + appositive.end(1);
            boolean asideNamesSomeone = mentions.stream().anyMatch(m -> m.span().start() >= nameEnd && m.span().start() < end);
            ending = asideNamesSomeone ? List.of() : mentions.stream().filter(m -> m.span().end() == nameEnd).toList();
        }
        if (ending.isEmpty()) {
            return Optional.empty();
        }
        PersonMention last = ending.get(0);
        // "A and B agreed": two participants conjoined.
        List<PersonMention> earlier = mentions.stream().filter(m -> m.span().end() < last.span().start()).toList();
        if (!earlier.isEmpty()) {
            PersonMention prev = earlier.get(earlier.size() - 1);
            String between = s.text().substring(prev.span().end() - s.span().start(), last.span().start() - s.span().start());
            if (CONJOINED.matcher(between.strip()).matches() && prev.personId() != last.personId()) {
                return Optional.of(Optional.of(Speaker.BOTH));
            }
        }
        return Optional.of(Optional.ofNullable(speakers.get(last.personId())));
    }

    /**
     * The one participant holding the office named right before the verb ("the Secretary of State"), of the
     * state named before it if one is ("the Vietnamese Foreign Minister"); empty if none or several hold it.
     */
    private Optional<Speaker> officeBefore(String before, List<Participant> roster) {
        Matcher m = TITLE_BEFORE.matcher(before);
        if (!m.find()) {
            return Optional.empty();
        }
        String[] words = WHITESPACE.split(m.group(1));
        for (int i = 0; i < words.length; i++) {
            String office = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            Optional<Country> state = i == 0 ? Optional.empty()
                    : countries.byAnyForm(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)));
            if (i > 0 && state.isEmpty()) {
                continue;
            }
            List<Participant> holders = roster.stream()
                    .filter(p -> p.roles().stream().anyMatch(office::equalsIgnoreCase))
                    .filter(p -> state.isEmpty() || state.get().alpha3().equals(p.country())).toList();
            // one person, though they may take part in several of the document's events
            if (!holders.isEmpty() && holders.stream().map(Participant::name).distinct().count() == 1
                    && holders.get(0).country() != null) {
                return Optional.of(new Speaker(holders.get(0).name(), holders.get(0).country()));
            }
        }
        return Optional.empty();
    }

    /** The state starting a clause right before the verb, or the two in "India and Japan said"; none if there is neither. */
    private List<Country> countriesBefore(String before) {
        String[] words = WHITESPACE.split(ADVERB_TAIL.matcher(before).replaceFirst("").strip());
        Optional<Integer> last = countryEndingAt(words, words.length, true);
        if (last.isEmpty()) {
            return List.of();
        }
        Country second = countries.byName(String.join(" ", java.util.Arrays.copyOfRange(words, last.get(), words.length))).orElseThrow();
        int and = last.get() - 1;
        if (and > 0 && words[and].equalsIgnoreCase("and")) {
            Optional<Integer> first = countryEndingAt(words, and, false);
            if (first.isPresent()) {
                Optional<Country> one = countries.byAnyForm(String.join(" ", java.util.Arrays.copyOfRange(words, first.get(), and)));
                if (one.isPresent() && !one.get().alpha3().equals(second.alpha3())) {
                    return List.of(one.get(), second);
                }
            }
        }
        return List.of(second);
    }

    /**
     * Where the state's name (of up to four words) that ends before word {@code end} starts, if it starts a
     * clause; by name alone, or also by demonym ("Indian and Japan said").
     */
    private Optional<Integer> countryEndingAt(String[] words, int end, boolean byNameOnly) {
        for (int n = Math.min(4, end); n >= 1; n--) {
            int start = end - n;
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
            boolean clauseStart = start == 0 || words[start - 1].endsWith(",") || CONJUNCTION.matcher(words[start - 1]).matches();
            Optional<Country> c = byNameOnly ? countries.byName(tail) : countries.byAnyForm(tail);
            if (c.isPresent() && clauseStart) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    private static Speaker bySide(Country c, java.util.Map<Integer, Speaker> speakers) {
        return speakers.values().stream().filter(sp -> c.alpha3().equals(sp.country())).findFirst()
                .orElse(new Speaker(c.name(), c.alpha3()));
    }

    /** "..., said Xi." or "..., according to Wang." */
    private Optional<Frame> inverted(Sentence s, List<PersonMention> mentions, java.util.Map<Integer, Speaker> speakers) {
        for (PersonMention m : mentions) {
            String before = s.text().substring(0, m.span().start() - s.span().start());
            Matcher inv = INVERTED.matcher(before);
            if (inv.find()) {
                return Optional.of(new Frame(speakers.get(m.personId()), inv.group().strip().toLowerCase(java.util.Locale.ROOT),
                        s.text().length(), false));
            }
        }
        return Optional.empty();
    }
}
