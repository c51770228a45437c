package org.readout.extract.discourse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.Country;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Titles;
import org.readout.extract.person.CountryWords;
import org.readout.extract.person.PersonMention;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Token;

/**
 * Finds what refers to a party in one sentence: the names the person finder found, and around them
 * descriptions by office ("the Kazakh President", "Ghana's newly elected president", "his Uzbek
 * counterpart"), the parties together ("the two leaders", "both sides", "the Presidents of Kazakhstan
 * and Uzbekistan"), pronouns, and states ("Japan", "the Chinese side", "Beijing" as its government).
 */
public final class MentionFinder {
    private static final int MAX_DESCRIPTION_WORDS = 12;
    private final Titles titles;
    private final Countries countries;
    private final FunctionWords words;
    private final CountryWords countryWords;

    public MentionFinder(Knowledge knowledge) {
        this.titles = knowledge.titles();
        this.countries = knowledge.countries();
        this.words = knowledge.functionWords();
        this.countryWords = new CountryWords(knowledge.countries());
    }

    /**
     * @param tokens the sentence's tokens
     * @param tags   their part-of-speech tags
     * @param names  the person finder's mentions in this sentence (document offsets)
     * @param personCountry the country of each person id, or null
     */
    public List<Mention> find(List<Token> tokens, List<String> tags, List<PersonMention> names,
                              java.util.function.IntFunction<String> personCountry) {
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        for (PersonMention m : names) {
            int start = tokenAt(tokens, m.span().start());
            int end = tokenAt(tokens, m.span().end() - 1) + 1;
            if (start < 0 || end <= start) {
                continue;
            }
            found.add(Mention.name(start, end, m.personId(), personCountry.apply(m.personId())));
            mark(taken, start, end);
        }
        int i = 0;
        while (i < tokens.size()) {
            if (taken[i]) {
                i++;
                continue;
            }
            int at = i;
            Optional<Mention> m = description(tokens, tags, at, taken).or(() -> state(tokens, at, taken))
                    .or(() -> pronoun(tokens, tags, at));
            if (m.isPresent()) {
                found.add(m.get());
                mark(taken, m.get().start(), m.get().end());
                i = m.get().end();
            } else {
                i++;
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int k = start; k < end && k < taken.length; k++) {
            taken[k] = true;
        }
    }

    /** The token holding the offset, or the first token after it; -1 if none. */
    static int tokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Mention> pronoun(List<Token> tokens, List<String> tags, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        Set<FunctionWords.Kind> kinds = words.kindsOf(w); // asked once: this runs at every token
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        for (FunctionWords.Kind k : List.of(FunctionWords.Kind.HE, FunctionWords.Kind.SHE, FunctionWords.Kind.THEY,
                FunctionWords.Kind.WE, FunctionWords.Kind.I)) {
            if (kinds.contains(k) && !(k == FunctionWords.Kind.SHE && w.equals("her") && determinesNoun(tags, i))) {
                return Optional.of(new Mention(i, i + 1, Mention.Kind.PRONOUN, Mention.NO_PERSON, List.of(), k, null));
            }
        }
        for (FunctionWords.Kind k : List.of(FunctionWords.Kind.POSSESSIVE_SINGULAR, FunctionWords.Kind.POSSESSIVE_PLURAL,
                FunctionWords.Kind.RELATIVE)) {
            if (kinds.contains(k)) {
                Mention.Kind kind = k == FunctionWords.Kind.RELATIVE ? Mention.Kind.RELATIVE : Mention.Kind.PRONOUN;
                return Optional.of(new Mention(i, i + 1, kind, Mention.NO_PERSON, List.of(), k, null));
            }
        }
        return Optional.empty();
    }

    private static boolean determinesNoun(List<String> tags, int i) {
        if (i + 1 >= tags.size()) {
            return false;
        }
        String next = tags.get(i + 1);
        return next.equals("NOUN") || next.equals("ADJ") || next.equals("PROPN") || next.equals("NUM");
    }

    /**
     * An office or the parties together: determiner or possessor, modifiers and country adjectives,
     * title words with a head word, an optional "of Country (and Country)". A title followed by a
     * name is the name's, not a description.
     */
    private Optional<Mention> description(List<Token> tokens, List<String> tags, int start, boolean[] taken) {
        int j = start;
        List<String> named = new ArrayList<>();
        List<String> office = new ArrayList<>();
        boolean both = false;
        boolean ofNoState = false;
        String head = null;
        boolean plural = false;
        String first = tokens.get(j).text().toLowerCase(Locale.ROOT);
        if (first.equals("the") || first.equals("a") || words.is(first, FunctionWords.Kind.POSSESSIVE_SINGULAR)
                || words.is(first, FunctionWords.Kind.POSSESSIVE_PLURAL) || first.equals("its")) {
            j++;
        }
        while (j < tokens.size() && j - start < MAX_DESCRIPTION_WORDS && !taken[j]) {
            Token t = tokens.get(j);
            String w = t.text().toLowerCase(Locale.ROOT);
            int cw = countryWords(tokens, j);
            if (cw > 0) {
                countryCode(tokens, j, cw).ifPresent(named::add);
                j += cw;
                if (j < tokens.size() && isPossessiveMark(tokens.get(j))) {
                    j++;
                }
            } else if (words.is(w, FunctionWords.Kind.BOTH)) {
                both = true;
                j++;
            } else if (titles.isHead(t.text()) && (tags.get(j).equals("NOUN") || tags.get(j).equals("PROPN"))) {
                head = w;
                office.add(w);
                plural = titles.isCollective(t.text()) || words.is(w, FunctionWords.Kind.COLLECTIVE);
                j++;
            } else if (words.is(w, FunctionWords.Kind.COLLECTIVE) && (both || !named.isEmpty() || head != null)) {
                head = w;
                plural = true;
                j++;
            } else if (titles.roleOf(t.text()).isPresent() || isModifier(tags, j) && head == null) {
                // "Jewish leaders", "European leaders": capitalised, yet of no state
                ofNoState |= j > 0 && t.isCapitalized() && titles.roleOf(t.text()).isEmpty();
                if (titles.roleOf(t.text()).isPresent() && !titles.isHonorific(t.text())) {
                    if (!office.isEmpty() && (tokens.get(j - 1).is("of") || tokens.get(j - 1).is("for"))) {
                        office.add(tokens.get(j - 1).text().toLowerCase(Locale.ROOT)); // "secretary of state"
                    }
                    office.add(w);
                }
                j++;
            } else if (w.equals("and") && j + 1 < tokens.size() && countryWords(tokens, j + 1) > 0 && head == null) {
                j++;
            } else if (head != null && (w.equals("of") || w.equals("for") || w.equals("from")) && j + 1 < tokens.size()) {
                int k = j + 1 + (tokens.get(j + 1).is("the") ? 1 : 0);
                int cw2 = k < tokens.size() ? countryWords(tokens, k) : 0;
                if (cw2 == 0 && k < tokens.size() && titles.roleOf(tokens.get(k).text()).isPresent() && !w.equals("from")) {
                    j = k; // "Heads of State", "Minister for Foreign Affairs"
                    continue;
                }
                if (cw2 == 0) {
                    break;
                }
                j = countryList(tokens, k, named);
                break;
            } else {
                break;
            }
        }
        if (head == null) {
            return Optional.empty();
        }
        // "President Tomas Vidal": a title before a name belongs to the name.
        if (j < tokens.size() && (taken[j] || tokens.get(j).isCapitalized() && "PROPN".equals(tags.get(j))) && !plural) {
            return Optional.empty();
        }
        Mention.Kind kind = plural || both && !head.equals("counterpart") ? Mention.Kind.COLLECTIVE : Mention.Kind.DESCRIPTION;
        if (kind == Mention.Kind.COLLECTIVE && (start > 0 && groupName(tokens, tags, start - 1, taken) || ofNoState && !both)) {
            // "the G-20 leaders", "ASEAN foreign ministers", "Jewish leaders": a group's members, not the parties
            return Optional.empty();
        }
        int end = j;
        // a trailing word of no title ("the visiting leader's") goes; "of State" in "the Secretary of State" stays
        while (end > start && titles.roleOf(tokens.get(end - 1).text()).isEmpty()
                && !words.is(tokens.get(end - 1).text(), FunctionWords.Kind.COLLECTIVE) && countryWords(tokens, end - 1) == 0) {
            end--;
        }
        String officeWords = kind == Mention.Kind.DESCRIPTION ? String.join(" ", office) : head;
        return Optional.of(new Mention(start, Math.max(end, start + 1), kind, Mention.NO_PERSON, named, null, officeWords));
    }

    /** "Peru, Chile and the African Union": the states of a list from {@code k}; the token after it. */
    private int countryList(List<Token> tokens, int k, List<String> named) {
        int j = k;
        while (j < tokens.size()) {
            int n = countryWords(tokens, j);
            if (n == 0) {
                return j;
            }
            countryCode(tokens, j, n).ifPresent(named::add);
            int next = j + n;
            int after = next;
            if (after < tokens.size() && tokens.get(after).is(",")) {
                after++;
            }
            if (after < tokens.size() && tokens.get(after).is("and")) {
                after++;
            }
            if (after < tokens.size() && tokens.get(after).is("the")) {
                after++;
            }
            if (after == next || after >= tokens.size() || countryWords(tokens, after) == 0) {
                return next;
            }
            j = after;
        }
        return j;
    }

    /** A proper noun or capitalised adjective of no state and no person before a plural office: a group's name. */
    private boolean groupName(List<Token> tokens, List<String> tags, int at, boolean[] taken) {
        String w = tokens.get(at).text();
        boolean letterAndNumber = w.chars().anyMatch(Character::isDigit) && w.chars().anyMatch(Character::isUpperCase); // "G-20"
        boolean adjective = tags.get(at).equals("ADJ") && at > 0; // "Jewish leaders"; not a sentence's first word
        return (tags.get(at).equals("PROPN") || letterAndNumber || adjective) && tokens.get(at).isCapitalized() && !taken[at]
                && countryWords(tokens, at) == 0
                && titles.roleOf(tokens.get(at).text()).isEmpty();
    }

    private static boolean isModifier(List<String> tags, int j) {
        String tag = tags.get(j);
        return tag.equals("ADJ") || tag.equals("ADV") || tag.equals("VERB") && j + 1 < tags.size()
                && (tags.get(j + 1).equals("NOUN") || tags.get(j + 1).equals("PROPN") || tags.get(j + 1).equals("ADJ"));
    }

    private static boolean isPossessiveMark(Token t) {
        return t.text().equals("'s") || t.text().equals("’s") || t.text().equals("'") || t.text().equals("’");
    }

    /** A state named by its name ("Japan", "the United States") or by an adjective before "side". */
    private Optional<Mention> state(List<Token> tokens, int i, boolean[] taken) {
        int cw = countryWords(tokens, i);
        if (cw == 0) {
            return Optional.empty();
        }
        Optional<String> code = countryCode(tokens, i, cw);
        String text = text(tokens, i, cw);
        boolean byName = countries.byName(text).isPresent();
        int end = i + cw;
        if (!byName) {
            // "the Chinese side", "the Vietnamese government"
            if (end < tokens.size() && (tokens.get(end).is("side") || tokens.get(end).is("government"))) {
                end++;
            } else {
                return Optional.empty();
            }
        }
        int start = i > 0 && tokens.get(i - 1).is("the") && !taken[i - 1] ? i - 1 : i;
        int stop = end;
        return code.map(c -> new Mention(start, stop, Mention.Kind.STATE, Mention.NO_PERSON, List.of(c), null, null));
    }

    private int countryWords(List<Token> tokens, int j) {
        return countryWords.at(tokens, j);
    }

    private Optional<String> countryCode(List<Token> tokens, int j, int n) {
        return countryWords.country(tokens, j, n).map(Country::alpha3);
    }

    private static String text(List<Token> tokens, int j, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = j; k < j + n; k++) {
            if (k > j) {
                sb.append(' ');
            }
            sb.append(bare(tokens.get(k).text()));
        }
        return sb.toString();
    }

    private static String bare(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }
}
