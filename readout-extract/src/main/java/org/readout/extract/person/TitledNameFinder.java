package org.readout.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readout.extract.knowledge.Country;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Titles;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.Token;
import org.readout.model.Span;

/**
 * Finds names in one sentence by the company they keep: a title before them ("Vietnamese Foreign
 * Minister Bui Thanh Son"), an honorific ("Mr. Fumio Kishida"), a counterpart ("his Indian
 * counterpart, Subrahmanyam Jaishankar"), a title after them ("Xi Jinping, general secretary of
 * ..."), or a place in the officials file.
 */
final class TitledNameFinder {
    /** Words that join the words of one title: "Minister of Foreign Affairs", "Secretary for Justice". */
    static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "&");
    /** Words that title case leaves in lower case. */
    /**
     * The longest title read before a name ("Deputy Prime Minister and Minister of Foreign Affairs of the ...": about
     * twenty tokens); a title is read from every word, so without a bound a long run of title words is quadratic.
     */
    private static final int MAX_TITLE_TOKENS = 32;
    private static final Set<String> LOWER_IN_TITLES = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "vs", "via", "over", "into", "amid", "after", "upon", "onto");
    private final Knowledge knowledge;
    private final Titles titles;
    private final NameTokens names;
    private final CountryWords countryWords;

    TitledNameFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.titles = knowledge.titles();
        this.names = new NameTokens(knowledge);
        this.countryWords = new CountryWords(knowledge.countries());
    }

    List<NameCandidate> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        // In a headline written in title case every word looks like a name: only known officials are read there.
        boolean titleCase = isTitleCase(tokens);
        List<NameCandidate> found = new ArrayList<>();
        String carriedCountry = null;
        int carriedEnd = -1;
        int i = 0;
        while (i < tokens.size()) {
            int at = i;
            Optional<Match> m = titleCase ? known(tokens, at)
                    : titled(tokens, at).or(() -> counterpart(tokens, at)).or(() -> known(tokens, at));
            if (m.isEmpty()) {
                i++;
                continue;
            }
            Match match = m.get();
            // "Japanese Foreign Minister Toshimitsu Motegi and Defence Minister Taro Kono": one adjective for both.
            String country = match.country != null ? match.country
                    : match.titleStart > 0 && tokens.get(match.titleStart - 1).is("and") && carriedEnd == match.titleStart - 1
                    ? carriedCountry : null;
            Appositive appositive = appositive(tokens, match.nameEnd);
            List<String> roles = new ArrayList<>(match.roles);
            roles.addAll(appositive.roles);
            if (roles.isEmpty() && match.counterpart && !found.isEmpty()) {
                roles.addAll(found.get(found.size() - 1).roles()); // a counterpart holds the same office
            }
            if (country == null) {
                country = appositive.country;
            }
            int end = match.nameEnd;
            if (match.plural) {
                // "foreign ministers Ana Ruiz of Peru, Tomas Vidal of Chile and ...": one title for a list of names
                int own = ownCountryEnd(tokens, end);
                String itemCountry = own > end ? countryCode(tokens, end + 1, own - end - 1) : country;
                found.add(candidate(sentence, tokens, match.titleStart, match.nameStart, match.nameEnd, itemCountry, roles, true));
                end = list(sentence, tokens, own, roles, found);
            } else {
                found.add(candidate(sentence, tokens, match.titleStart, match.nameStart, match.nameEnd, country, roles, match.titled));
            }
            carriedCountry = country;
            carriedEnd = end;
            i = end;
        }
        return found;
    }

    /** "Foreign Ministers" read as one minister's role. */
    private static String singular(String role) {
        return role.endsWith("ies") ? role.substring(0, role.length() - 3) + "y" : role.endsWith("s") ? role.substring(0, role.length() - 1) : role;
    }

    private static NameCandidate candidate(Sentence sentence, List<Token> tokens, int titleStart, int nameStart, int nameEnd,
                                           String country, List<String> roles, boolean titled) {
        List<String> nameWords = tokens.subList(nameStart, nameEnd).stream().map(t -> NameTokens.bare(t.text())).toList();
        Span span = new Span(tokens.get(titleStart).start(), tokens.get(nameEnd - 1).end());
        return new NameCandidate(sentence.index(), span, nameWords, country, roles, titled);
    }

    /** The end of an "of Country" right after a name, or {@code at} if none. */
    private int ownCountryEnd(List<Token> tokens, int at) {
        if (at + 1 < tokens.size() && tokens.get(at).is("of")) {
            int k = at + 1 + (tokens.get(at + 1).is("the") ? 1 : 0);
            int n = k < tokens.size() ? countryAt(tokens, k) : 0;
            if (n > 0) {
                return k + n;
            }
        }
        return at;
    }

    /** The names after the first of a plural title's list, each with its own "of Country"; the token after the list. */
    private int list(Sentence sentence, List<Token> tokens, int at, List<String> roles, List<NameCandidate> found) {
        int k = at;
        while (k < tokens.size()) {
            int next = k;
            if (tokens.get(next).is(",")) {
                next++;
            }
            if (next < tokens.size() && tokens.get(next).is("and")) {
                next++;
            }
            if (next == k || next >= tokens.size()) {
                return k;
            }
            int nameEnd = names.nameEnd(tokens, next);
            if (nameEnd == next) {
                return k;
            }
            int own = ownCountryEnd(tokens, nameEnd);
            String country = own > nameEnd ? countryCode(tokens, nameEnd + 1 + (tokens.get(nameEnd + 1).is("the") ? 1 : 0),
                    own - nameEnd - 1 - (tokens.get(nameEnd + 1).is("the") ? 1 : 0)) : null;
            found.add(candidate(sentence, tokens, next, next, nameEnd, country, roles, true));
            k = own;
        }
        return k;
    }

    /**
     * A name standing without a title where the grammar expects a party: its name words, the roles and
     * country of an apposition after it (", President of Kazakhstan"), and for a lone surname the fullest
     * form the document gives it ("Mirziyoyev" read as "Shavkat Mirziyoyev").
     */
    Optional<NameCandidate> untitled(Sentence sentence, Span span, Surnames document) {
        List<Token> tokens = sentence.tokens();
        int start = 0;
        while (start < tokens.size() && tokens.get(start).start() < span.start()) {
            start++;
        }
        int end = start;
        while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
            end++;
        }
        while (start < end && !names.isNameWord(tokens.get(start))) {
            start++;
        }
        if (start >= end || names.nameEnd(tokens, start) != end || isTitleCase(tokens)) {
            return Optional.empty();
        }
        List<String> words = tokens.subList(start, end).stream().map(t -> NameTokens.bare(t.text())).toList();
        String text = String.join(" ", words);
        if (!knowledge.gazetteer().lookup(text).isEmpty() || knowledge.countries().byAnyForm(text).isPresent()) {
            return Optional.empty();
        }
        if (words.size() == 1) {
            words = document.fullestForm(words.get(0));
            // A lone capitalised word that opens the sentence ("Views were exchanged") is a name only if the text names it more fully.
            if (words.size() == 1 && start == 0) {
                return Optional.empty();
            }
        }
        Appositive appositive = appositive(tokens, end);
        return Optional.of(new NameCandidate(sentence.index(), new Span(tokens.get(start).start(), tokens.get(end - 1).end()),
                words, appositive.country, appositive.roles, !appositive.roles.isEmpty()));
    }

    /**
     * A headline in title case ("Wang Yi Meets With Lao Counterpart"): at least three capitalised words
     * after the first, and no lower-case word but the short function words that title case leaves low.
     */
    static boolean isTitleCase(List<Token> tokens) {
        int capitalized = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (!t.isCapitalized() && !LOWER_IN_TITLES.contains(t.text())) {
                return false;
            }
            capitalized += t.isCapitalized() ? 1 : 0;
        }
        return capitalized >= 3;
    }

    /** @param plural the title names several people ("foreign ministers"): a list of names may follow */
    private record Match(int titleStart, int nameStart, int nameEnd, String country, List<String> roles, boolean titled,
                         boolean counterpart, boolean plural) {
        Match(int titleStart, int nameStart, int nameEnd, String country, List<String> roles, boolean titled) {
            this(titleStart, nameStart, nameEnd, country, roles, titled, false, false);
        }
    }

    private record Appositive(List<String> roles, String country) {
    }

    /** Title words (and country words among them) then a name. */
    private Optional<Match> titled(List<Token> tokens, int start) {
        int j = start;
        int countryFirstName = 0;
        boolean head = false;
        boolean honorific = false;
        String country = null;
        List<Token> title = new ArrayList<>();
        while (j < tokens.size() && j - start < MAX_TITLE_TOKENS) {
            Token t = tokens.get(j);
            int countryWords = countryAt(tokens, j);
            if (t.isCapitalized() && titles.isHonorific(t.text().replace(".", ""))) {
                honorific = true;
                j++;
                if (j < tokens.size() && tokens.get(j).is(".")) {
                    j++;
                }
            } else if (countryWords > 0 && head && !title.isEmpty() && !CONNECTORS.contains(title.get(title.size() - 1).text())
                    && j + countryWords < tokens.size() && names.isNameWord(tokens.get(j + countryWords))
                    && names.nameEnd(tokens, j + countryWords) == j + countryWords + 1) {
                // "Prime Minister Georgia Meloni": a country's name between a title and a surname is the first name;
                // before a full name ("prime minister Japan Yosikhide Suga") it is the country
                countryFirstName = countryWords;
                break;
            } else if (countryWords > 0) {
                country = country == null ? countryCode(tokens, j, countryWords) : country;
                title.addAll(tokens.subList(j, j + countryWords));
                j += countryWords;
            } else if (titles.roleOf(t.text()).isPresent() && t.isWord()) {
                // "Japanese foreign minister Kono Taro": titles are often written in lower case
                head |= titles.isHead(t.text());
                title.add(t);
                j++;
            } else if (!title.isEmpty() && CONNECTORS.contains(t.text()) && j + 1 < tokens.size()
                    && (tokens.get(j + 1).isCapitalized()
                    || tokens.get(j + 1).is("the") && j + 2 < tokens.size() && tokens.get(j + 2).isCapitalized())) {
                title.add(t);
                j++;
            } else {
                break;
            }
        }
        while (!title.isEmpty() && CONNECTORS.contains(title.get(title.size() - 1).text())) {
            title.remove(title.size() - 1);
            j--;
        }
        if (!head && !honorific) {
            return Optional.empty();
        }
        int nameStart = j < tokens.size() && tokens.get(j).is(",") && head ? j + 1 : j;
        int nameEnd = nameStart < tokens.size() ? known(tokens, nameStart).map(Match::nameEnd).orElse(names.nameEnd(tokens, nameStart))
                : nameStart;
        if (countryFirstName > 0) {
            int rest = names.nameEnd(tokens, j + countryFirstName);
            nameEnd = rest == j + countryFirstName ? nameStart : rest;
        }
        if (nameEnd == nameStart) {
            return Optional.empty();
        }
        boolean plural = title.stream().anyMatch(t -> titles.isCollective(t.text()));
        List<String> roles = head ? Roles.split(title, knowledge) : List.of();
        if (plural) {
            roles = roles.stream().map(TitledNameFinder::singular).toList();
        }
        return Optional.of(new Match(start, nameStart, nameEnd, country, roles, true, false, plural));
    }

    /** "his Chinese counterpart Wang Yi", "his Mexico counterpart, Marcelo Ebrard". */
    private Optional<Match> counterpart(List<Token> tokens, int start) {
        if (start + 2 >= tokens.size() || !Set.of("his", "her", "their").contains(tokens.get(start).text().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        int j = start + 1;
        // "his visiting Pakistani counterpart", "her newly appointed counterpart"
        while (j < start + 3 && j < tokens.size() && !tokens.get(j).isCapitalized() && tokens.get(j).isWord()
                && !tokens.get(j).text().startsWith("counterpart")) {
            j++;
        }
        int countryWords = j < tokens.size() ? countryAt(tokens, j) : 0;
        String country = countryWords > 0 ? countryCode(tokens, j, countryWords) : null;
        j += countryWords;
        if (j >= tokens.size() || !tokens.get(j).text().toLowerCase(java.util.Locale.ROOT).startsWith("counterpart")) {
            return Optional.empty();
        }
        j++;
        int nameStart = j < tokens.size() && tokens.get(j).is(",") ? j + 1 : j;
        int nameEnd = names.nameEnd(tokens, nameStart);
        return nameEnd == nameStart ? Optional.empty()
                : Optional.of(new Match(start, nameStart, nameEnd, country, List.of(), true, true, false));
    }

    /** A name of the officials file, written anywhere. */
    private Optional<Match> known(List<Token> tokens, int start) {
        if (!knowledge.officials().mayBegin(NameTokens.bare(tokens.get(start).text()))) {
            return Optional.empty();
        }
        int longest = Math.min(knowledge.officials().longestNameWords(), tokens.size() - start);
        for (int n = longest; n >= 2; n--) {
            List<Token> window = tokens.subList(start, start + n);
            if (!window.stream().allMatch(Token::isWord) || !window.get(0).isCapitalized()) {
                continue;
            }
            String text = String.join(" ", window.stream().map(t -> NameTokens.bare(t.text())).toList());
            if (!knowledge.officials().lookup(text).isEmpty()) {
                return Optional.of(new Match(start, start, start + n, null, List.of(), false));
            }
        }
        return Optional.empty();
    }

    /** ", also a member of the Political Bureau ..., " or ", general secretary of ... and Chinese president,". */
    private Appositive appositive(List<Token> tokens, int nameEnd) {
        if (nameEnd >= tokens.size() || !tokens.get(nameEnd).is(",")) {
            return new Appositive(List.of(), null);
        }
        List<Token> segment = new ArrayList<>();
        int depth = 0;
        for (int j = nameEnd + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.is("(")) {
                depth++;
                continue;
            }
            if (t.is(")")) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (t.is(",") || t.is(".") || t.is(";") || t.is(":") || t.is("who") || t.is("which")) {
                break;
            }
            // "..., Prime Minister of Japan and The Hon Scott Morrison": the next person starts after "and".
            if (t.is("and") && j + 1 < tokens.size() && startsAnotherPerson(tokens, j + 1)) {
                break;
            }
            // the title ends where a word of the sentence goes on ("..., Minister of Foreign Affairs of Azerbaijan visited Japan")
            if (!segment.isEmpty() && !t.isCapitalized() && titles.roleOf(t.text()).isEmpty() && !CONNECTORS.contains(t.text())
                    && countryAt(tokens, j) == 0) {
                break;
            }
            segment.add(t);
        }
        while (!segment.isEmpty() && Set.of("also", "the", "a", "an", "and").contains(segment.get(0).text().toLowerCase(java.util.Locale.ROOT))) {
            segment.remove(0);
        }
        if (segment.isEmpty() || segment.size() > 16 || !startsLikeTitle(segment)
                || segment.stream().noneMatch(t -> titles.isHead(t.text())) || namesSomeone(segment)) {
            return new Appositive(List.of(), null);
        }
        String country = null;
        for (int j = 0; j < segment.size() && country == null; j++) {
            int words = countryAt(segment, j);
            if (words > 0) {
                country = countryCode(segment, j, words);
            }
        }
        return new Appositive(Roles.split(segment, knowledge), country);
    }

    /** "President of Kazakhstan Kassym-Jomart Tokayev": a title with its own name is another person, not an apposition. */
    private boolean namesSomeone(List<Token> segment) {
        for (int j = 1; j < segment.size(); j++) {
            if (titles.isHead(segment.get(j - 1).text()) || countryAt(segment, j - 1) > 0) {
                if (names.isNameWord(segment.get(j)) && countryAt(segment, j) == 0 && titles.roleOf(segment.get(j).text()).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsAnotherPerson(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (t.is("the") && j + 1 < tokens.size()) {
            t = tokens.get(j + 1);
        }
        return titles.isHonorific(t.text().replace(".", "")) || names.isNameWord(t) && titles.roleOf(t.text()).isEmpty();
    }

    private boolean startsLikeTitle(List<Token> segment) {
        Token first = segment.get(0);
        return titles.roleOf(first.text()).isPresent() || countryAt(segment, 0) > 0;
    }

    /** How many words from {@code j} name a country or its adjective (longest match), 0 if none. */
    int countryAt(List<Token> tokens, int j) {
        return countryWords.at(tokens, j);
    }

    String countryCode(List<Token> tokens, int j, int n) {
        return countryWords.country(tokens, j, n).map(Country::alpha3).orElse(null);
    }
}
