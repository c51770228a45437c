package org.readout.extract.discourse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.extract.grammar.ParsedSentence;
import org.readout.extract.grammar.Predication;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Office;
import org.readout.extract.knowledge.Offices;
import org.readout.extract.knowledge.Predicate;
import org.readout.extract.person.People;
import org.readout.extract.person.Person;
import org.readout.extract.text.Fold;

/**
 * Resolves every mention of a document to what it refers to, reading the sentences in order:
 * descriptions by office and country to the person the text names who fits ("the Kazakh
 * President"), "he" and "his" to the subject in focus, "the two leaders" and "they" to the parties
 * of the interaction at hand, "who" to the noun before it.
 */
public final class DiscourseReader {
    /** Office words that fit any official: "the visiting leader", "his counterpart". */
    private static final Set<String> ANY_OFFICE = Set.of("leader", "counterpart", "official", "diplomat", "host", "guest",
            "head", "chief", "statesman");
    private static final Map<String, String> SAME_OFFICE = Map.of("premier", "prime minister", "pm", "prime minister",
            "fm", "foreign minister", "chancellor", "chancellor");
    /** How far back "the two leaders" may find its parties when no meeting has named them. */
    private static final int RECENT_SENTENCES = 4;
    private final FunctionWords words;
    private final Offices offices;

    public DiscourseReader(Knowledge knowledge) {
        this.words = knowledge.functionWords();
        this.offices = knowledge.offices();
    }

    /** What each mention refers to. */
    public Discourse read(List<ParsedSentence> sentences, List<List<Predication>> predications, People people) {
        State state = new State(people);
        Map<Long, Referent> resolved = new HashMap<>();
        List<Integer> focus = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            ParsedSentence ps = sentences.get(s);
            List<Predication> preds = predications.get(s);
            focus.add(state.subject);
            state.current = s;
            Integer subjectBefore = state.subject;
            for (Mention m : ps.mentions()) {
                Referent r = resolve(ps, preds, m, state, resolved, s);
                resolved.put(Discourse.key(s, m), r);
                if (m.kind() == Mention.Kind.NAME) {
                    state.mentioned(m.person(), s);
                }
            }
            for (Predication p : preds) {
                for (Mention m : p.subject()) {
                    // a subject the grammar supplied ("Good to meet X": the writer) stands in no mention list
                    if (!resolved.containsKey(Discourse.key(s, m))) {
                        resolved.put(Discourse.key(s, m), resolve(ps, preds, m, state, resolved, s));
                    }
                }
                Referent subject = union(p.subject(), s, resolved);
                if (subject.isSinglePerson()) {
                    state.subject = subject.persons().get(0);
                }
                if (p.predicate().use() != Predicate.Use.REPORTING && p.reality() == Predication.Reality.REAL) {
                    Set<Integer> parties = new LinkedHashSet<>(subject.persons());
                    parties.addAll(union(p.partners(), s, resolved).persons());
                    if (parties.size() >= 2) {
                        state.parties = List.copyOf(parties);
                    }
                }
            }
            if (java.util.Objects.equals(subjectBefore, state.subject)) {
                openingPerson(ps, s, resolved).ifPresent(id -> state.subject = id);
            }
        }
        return new Discourse(resolved, focus);
    }

    /**
     * A sentence whose verbs the grammar does not know still puts its subject in focus: the one person
     * its opening noun phrase names ("The Ethiopian Prime Minister, Abiy Ahmed, is in Ghana this week").
     */
    private static java.util.Optional<Integer> openingPerson(ParsedSentence ps, int sentence, Map<Long, Referent> resolved) {
        for (Mention m : ps.mentions()) {
            boolean opening = m.start() == 0 || m.start() == 1 && ps.word(0).equals("the");
            if (opening && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DESCRIPTION)) {
                Referent r = resolved.getOrDefault(Discourse.key(sentence, m), Referent.NONE);
                return r.isSinglePerson() ? java.util.Optional.of(r.persons().get(0)) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private static Referent union(List<Mention> mentions, int sentence, Map<Long, Referent> resolved) {
        Set<Integer> persons = new LinkedHashSet<>();
        Set<String> states = new LinkedHashSet<>();
        boolean both = false;
        for (Mention m : mentions) {
            Referent r = resolved.getOrDefault(Discourse.key(sentence, m), Referent.NONE);
            persons.addAll(r.persons());
            states.addAll(r.states());
            both |= r.both();
        }
        return new Referent(List.copyOf(persons), List.copyOf(states), both);
    }

    private Referent resolve(ParsedSentence ps, List<Predication> preds, Mention m, State state,
                             Map<Long, Referent> resolved, int sentence) {
        return switch (m.kind()) {
            case NAME -> Referent.person(m.person());
            case STATE -> new Referent(List.of(), m.countries(), false);
            case DESCRIPTION -> description(m, state);
            case COLLECTIVE -> collective(m, state);
            case RELATIVE -> relative(ps, m, sentence, resolved);
            case PRONOUN -> pronoun(ps, preds, m, state, resolved, sentence);
        };
    }

    private Referent pronoun(ParsedSentence ps, List<Predication> preds, Mention m, State state,
                             Map<Long, Referent> resolved, int sentence) {
        FunctionWords.Kind k = m.pronoun();
        if (k == FunctionWords.Kind.THEY || k == FunctionWords.Kind.POSSESSIVE_PLURAL || k == FunctionWords.Kind.WE) {
            // "A and B said they ...", "A and B confirmed in their meeting": the plural subject before it
            for (Predication p : preds) {
                if (!p.subject().isEmpty() && p.subject().get(p.subject().size() - 1).end() <= m.start()) {
                    Referent r = union(p.subject(), sentence, resolved);
                    if (r.persons().size() >= 2) {
                        return new Referent(r.persons(), List.of(), true);
                    }
                }
            }
            Referent subjects = pluralSubjectAfter(ps, preds, m, sentence, resolved);
            if (subjects != null) {
                return subjects;
            }
            return new Referent(state.partiesOrRecent(), List.of(), true);
        }
        if (k == FunctionWords.Kind.I) {
            // first person is the speaker in focus: the writer of a post, the minister whose remarks are quoted
            return state.subject == null ? Referent.NONE : Referent.person(state.subject);
        }
        // A subject earlier in this sentence is in focus ("X met Y before he left"), but not the subject of
        // the pronoun's own clause when the pronoun is its object ("X welcomed her").
        for (Predication p : preds) {
            if (!p.subject().isEmpty() && p.subject().get(p.subject().size() - 1).end() <= m.start()
                    && !(p.head() < m.start() && p.partners().contains(m))) {
                Referent r = union(p.subject(), sentence, resolved);
                if (r.isSinglePerson()) {
                    return r;
                }
            }
        }
        Integer own = ownClauseSubject(preds, m, sentence, resolved);
        Set<Integer> ownPartners = ownClausePartners(preds, m);
        // "the impetus given by King Mohammed VI during his meeting with X": the person named last in the sentence
        if (k == FunctionWords.Kind.POSSESSIVE_SINGULAR) {
            Mention named = null;
            for (Mention o : ps.mentions()) {
                if (o.end() <= m.start() && o.kind() == Mention.Kind.NAME) {
                    named = o;
                }
            }
            if (named != null) {
                return Referent.person(named.person());
            }
        }
        // "During her visit ..., Hasina said": a possessive before the sentence's first name is that name's.
        if (k == FunctionWords.Kind.POSSESSIVE_SINGULAR && noPersonBefore(ps, m)) {
            for (Predication p : preds) {
                if (p.subject().size() == 1 && p.subject().get(0).kind() == Mention.Kind.NAME && p.subject().get(0).start() > m.start()) {
                    return Referent.person(p.subject().get(0).person());
                }
            }
        }
        if (state.subject != null && !state.subject.equals(own) && !ownPartners.contains(state.subject)) {
            return Referent.person(state.subject);
        }
        return state.lastMentionedExcept(own, ownPartners).map(Referent::person).orElse(Referent.NONE);
    }

    /** "He met President X": the named partners of the predicate whose subject the pronoun is, whom it cannot be. */
    private static Set<Integer> ownClausePartners(List<Predication> preds, Mention m) {
        Set<Integer> out = new java.util.HashSet<>();
        for (Predication p : preds) {
            if (p.subject().contains(m)) {
                p.partners().stream().filter(x -> x.kind() == Mention.Kind.NAME).forEach(x -> out.add(x.person()));
            }
        }
        return out;
    }

    /** The single person who is the subject of the predicate whose partner the pronoun is, if any. */
    private static Integer ownClauseSubject(List<Predication> preds, Mention m, int sentence, Map<Long, Referent> resolved) {
        for (Predication p : preds) {
            if (p.partners().contains(m)) {
                Referent r = union(p.subject(), sentence, resolved);
                return r.isSinglePerson() ? r.persons().get(0) : null;
            }
        }
        return null;
    }

    /** "During their meeting, A and B agreed": the plural subject of the main clause after the pronoun. */
    private static Referent pluralSubjectAfter(ParsedSentence ps, List<Predication> preds, Mention m, int sentence,
                                               Map<Long, Referent> resolved) {
        for (Predication p : preds) {
            if (p.subject().size() >= 2 && p.subject().get(0).start() > m.start()
                    && p.subject().stream().allMatch(x -> x.kind() == Mention.Kind.NAME || x.kind() == Mention.Kind.DESCRIPTION)) {
                List<Integer> ids = new ArrayList<>();
                for (Mention x : p.subject()) {
                    if (x.kind() == Mention.Kind.NAME) {
                        ids.add(x.person());
                    }
                }
                if (ids.size() >= 2) {
                    return new Referent(ids, List.of(), true);
                }
            }
        }
        return null;
    }

    private static boolean noPersonBefore(ParsedSentence ps, Mention m) {
        return ps.mentions().stream().noneMatch(o -> o.end() <= m.start() && o.kind() == Mention.Kind.NAME);
    }

    private Referent relative(ParsedSentence ps, Mention m, int sentence, Map<Long, Referent> resolved) {
        int k = m.start();
        if (k > 0 && ps.word(k - 1).equals(",")) {
            k--;
        }
        Mention antecedent = ps.endingAt(k);
        return antecedent == null ? Referent.NONE : resolved.getOrDefault(Discourse.key(sentence, antecedent), Referent.NONE);
    }

    private Referent description(Mention m, State state) {
        List<Person> fits = new ArrayList<>();
        for (Person p : state.people.persons()) {
            if ((m.countries().isEmpty() || p.country() != null && m.countries().contains(p.country()))
                    && holds(p, m.head(), !m.countries().isEmpty())) {
                fits.add(p);
            }
        }
        if (fits.isEmpty()) {
            return Referent.NONE;
        }
        if (fits.size() == 1) {
            return Referent.person(fits.get(0).id());
        }
        // Several fit: the one in focus, else the one named last.
        List<Integer> ids = fits.stream().map(Person::id).toList();
        if (state.subject != null && ids.contains(state.subject) && m.countries().isEmpty() && !"counterpart".equals(m.head())) {
            return Referent.person(state.subject);
        }
        if ("counterpart".equals(m.head()) && state.subject != null) {
            Person subject = state.people.get(state.subject);
            List<Person> others = fits.stream().filter(p -> p.country() != null && !p.country().equals(subject.country())).toList();
            if (others.size() == 1) {
                return Referent.person(others.get(0).id());
            }
        }
        return state.lastMentionedAmong(ids).map(Referent::person).orElse(Referent.NONE);
    }

    /**
     * Whether the person's roles fit the office words: the same canonical office in the person's state
     * ("the Spanish Foreign Minister" is the "top diplomat"), or the words within a role ("prime minister"
     * in "Prime Minister of Japan"); a generic head ("leader", "counterpart") fits any office.
     */
    private boolean holds(Person p, String office, boolean countryGiven) {
        if (office != null && !office.isEmpty()) {
            java.util.Optional<Office> wanted = offices.canonical(office, p.country());
            if (wanted.isPresent() && p.roles().stream().anyMatch(r -> offices.canonical(r, p.country()).equals(wanted))) {
                return true;
            }
        }
        return holdsByWords(p, office, countryGiven);
    }

    private static boolean holdsByWords(Person p, String office, boolean countryGiven) {
        if (office == null || office.isEmpty()) {
            return false;
        }
        String head = office.substring(office.lastIndexOf(' ') + 1);
        if (ANY_OFFICE.contains(head)) {
            return countryGiven || !p.roles().isEmpty();
        }
        String wanted = SAME_OFFICE.getOrDefault(office, office);
        for (String role : p.roles()) {
            String r = " " + Fold.key(role) + " ";
            if (r.contains(" " + wanted + " ") || !office.contains(" ") && r.contains(" " + head + " ")) {
                return true;
            }
        }
        return false;
    }

    private Referent collective(Mention m, State state) {
        if (m.countries().size() == 1) {
            // "their Japanese counterparts": the parties of that state
            String country = m.countries().get(0);
            List<Integer> ids = state.parties.stream().filter(id -> country.equals(state.people.get(id).country())).toList();
            if (ids.isEmpty()) {
                ids = state.people.persons().stream().filter(p -> country.equals(p.country()) && !p.roles().isEmpty())
                        .map(Person::id).toList();
            }
            return ids.isEmpty() ? Referent.state(country) : new Referent(ids, List.of(), false);
        }
        if (m.countries().size() >= 2) {
            List<Integer> ids = new ArrayList<>();
            for (String c : m.countries()) {
                state.people.persons().stream().filter(p -> c.equals(p.country()) && (holds(p, singular(m.head()), true)))
                        .map(Person::id).filter(id -> state.parties.isEmpty() || state.parties.contains(id))
                        .findFirst().ifPresent(ids::add);
            }
            if (ids.size() >= 2) {
                // "his counterparts from China, Russia and Uzbekistan": the states whose officials go unnamed stay
                List<String> unnamed = m.countries().stream()
                        .filter(c -> ids.stream().noneMatch(id -> c.equals(state.people.get(id).country()))).toList();
                return new Referent(ids, unnamed, true);
            }
            if (!"counterparts".equals(m.head()) || state.parties.isEmpty()) {
                // "his counterparts from Peru, Chile and the African Union": the states, their officials unnamed
                return new Referent(List.of(), m.countries(), false);
            }
        }
        return new Referent(state.partiesOrRecent(), List.of(), true);
    }

    private static String singular(String head) {
        if (head == null) {
            return null;
        }
        String h = head.toLowerCase(Locale.ROOT);
        return h.endsWith("ies") ? h.substring(0, h.length() - 3) + "y" : h.endsWith("s") ? h.substring(0, h.length() - 1) : h;
    }

    /** Who is in focus as the reading goes on. */
    private static final class State {
        final People people;
        Integer subject;
        List<Integer> parties = List.of();
        final List<Integer> recent = new ArrayList<>();
        final Map<Integer, Integer> lastSeen = new HashMap<>();
        int current;

        State(People people) {
            this.people = people;
        }

        void mentioned(int person, int sentence) {
            recent.remove(Integer.valueOf(person));
            recent.add(person);
            lastSeen.put(person, sentence);
        }

        /**
         * The parties of the last meeting; before any, the last two persons named who serve different states
         * ("Boric with his Colombian counterpart Petro ... the leaders have had a meeting").
         */
        List<Integer> partiesOrRecent() {
            if (parties.size() >= 2) {
                return parties;
            }
            List<Integer> out = new ArrayList<>();
            Set<String> states = new java.util.HashSet<>();
            for (int i = recent.size() - 1; i >= 0 && out.size() < 2; i--) {
                String country = people.get(recent.get(i)).country();
                boolean near = current - lastSeen.getOrDefault(recent.get(i), -RECENT_SENTENCES) < RECENT_SENTENCES;
                if (country != null && near && states.add(country)) {
                    out.add(0, recent.get(i));
                }
            }
            return out.size() == 2 ? out : List.of();
        }

        java.util.Optional<Integer> lastMentionedExcept(Integer excluded, Set<Integer> alsoExcluded) {
            for (int i = recent.size() - 1; i >= 0; i--) {
                if (!recent.get(i).equals(excluded) && !alsoExcluded.contains(recent.get(i))) {
                    return java.util.Optional.of(recent.get(i));
                }
            }
            return java.util.Optional.empty();
        }

        java.util.Optional<Integer> lastMentionedAmong(List<Integer> ids) {
            for (int i = recent.size() - 1; i >= 0; i--) {
                if (ids.contains(recent.get(i))) {
                    return java.util.Optional.of(recent.get(i));
                }
            }
            return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ids.get(0));
        }
    }
}
