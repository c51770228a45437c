package org.readout.extract.statement;

import java.util.Arrays;
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

/**
 * Finds who a sentence says is speaking: a subject (a person, "he", "the two sides", "A and B",
 * "the Vietnamese side", a state) right before a reporting verb, or "said Xi", "according to Wang".
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
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("(?i)\\b(?:he|she)\\s*,?\\s*" + ADVERBS + "$");
    private static final Pattern SIDE_BEFORE = Pattern.compile("(?i)\\bthe (\\p{L}+) side\\s+" + ADVERBS + "$");
    private static final Pattern INVERTED = Pattern.compile("(?i)\\b(?:said|added|noted|stressed|according to)\\s*$");
    private static final Pattern PERFECT = Pattern.compile("(?i)^(?:have|has|is|are|sees|regards|says|notes|stresses|reaffirms|requests|supports|opposes|hopes|agrees|welcomes)\\b");
    /** What stands between two conjoined names: "and", perhaps the second one's title ("and Secretary"). */
    private static final Pattern CONJOINED = Pattern.compile("and(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*");
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
     */
    Optional<Frame> find(Sentence s, People people, java.util.Map<Integer, Speaker> speakers, Integer lastPerson,
                         boolean countriesMaySpeak, Set<String> sideCountries) {
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

    /** A state's name among the words before the verb, and the word it starts at. */
    private record StateAt(int start, Country country) {
    }

    /** The state starting a clause right before the verb, or the two in "India and Japan said"; none if there is neither. */
    private List<Country> countriesBefore(String before) {
        String[] words = WHITESPACE.split(ADVERB_TAIL.matcher(before).replaceFirst("").strip());
        Optional<StateAt> last = stateEndingAt(words, words.length, true);
        if (last.isEmpty()) {
            return List.of();
        }
        int and = last.get().start() - 1;
        Optional<StateAt> first = and > 0 && words[and].equalsIgnoreCase("and") ? stateEndingAt(words, and, false) : Optional.empty();
        if (first.isPresent() && !first.get().country().alpha3().equals(last.get().country().alpha3())) {
            return List.of(first.get().country(), last.get().country());
        }
        return List.of(last.get().country());
    }

    /**
     * The state whose name (of up to four words) ends before word {@code end} and starts a clause; by name
     * alone, or also by demonym ("Indian and Japan said").
     */
    private Optional<StateAt> stateEndingAt(String[] words, int end, boolean byNameOnly) {
        for (int n = Math.min(4, end); n >= 1; n--) {
            int start = end - n;
            String tail = String.join(" ", Arrays.copyOfRange(words, start, end));
            boolean clauseStart = start == 0 || words[start - 1].endsWith(",") || CONJUNCTION.matcher(words[start - 1]).matches();
            Optional<Country> c = byNameOnly ? countries.byName(tail) : countries.byAnyForm(tail);
            if (c.isPresent() && clauseStart) {
                return Optional.of(new StateAt(start, c.get()));
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
