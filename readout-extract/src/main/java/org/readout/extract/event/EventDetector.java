package org.readout.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.extract.discourse.Discourse;
import org.readout.extract.discourse.Referent;
import org.readout.extract.grammar.ParsedSentence;
import org.readout.extract.grammar.Predication;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.internal.Deadline;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Predicate;
import org.readout.extract.person.People;
import org.readout.extract.person.Person;
import org.readout.extract.text.Sentence;
import org.readout.model.Event;
import org.readout.model.Participant;

/**
 * Turns the interactions the clause grammar read into events (one per meeting or call), then has
 * the {@link EventFramer} give each its date, place, mode, host and occasion. An interaction is a
 * predicate reported as having happened whose subject and partners, resolved through the
 * discourse, are officials of two states. One subject with several partners in a list ("paid
 * courtesy calls on A and B") meets each of them; conjoined subjects meet together.
 */
public final class EventDetector {
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");
    private static final int LEAD_PARAGRAPHS = 3;
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private final EventFramer framer;
    private final FunctionWords words;

    public EventDetector(Knowledge knowledge) {
        this.framer = new EventFramer(knowledge);
        this.words = knowledge.functionWords();
    }

    /**
     * One interaction of one sentence: its sides' persons, the states named as a side, the channel.
     * A partial one names one side only ("held a series of meetings in New Delhi"): it lends its
     * sentence to the events of its persons.
     */
    private record Interaction(int sentence, List<Integer> persons, List<String> states, Channel channel, boolean partial,
                               boolean weak, boolean tenseless) {
        Interaction(int sentence, List<Integer> persons, List<String> states, Channel channel) {
            this(sentence, persons, states, channel, false, false, false);
        }

        Interaction(int sentence, List<Integer> persons, List<String> states, Channel channel, boolean partial) {
            this(sentence, persons, states, channel, partial, false, false);
        }

        Interaction weakened() {
            return new Interaction(sentence, persons, states, channel, partial, true, false);
        }

        Interaction withoutTense() {
            return new Interaction(sentence, persons, states, channel, partial, weak, true);
        }
    }

    public List<Event> detect(List<Sentence> sentences, List<ParsedSentence> parsed, List<List<Predication>> predications,
                              Discourse discourse, People people, DocumentHeader header, List<String> captions,
                              Deadline deadline) {
        List<Interaction> found = new ArrayList<>();
        List<Integer> mentionsOnly = new ArrayList<>();
        List<Set<Integer>> planned = new ArrayList<>();
        for (int s = 0; s < parsed.size(); s++) {
            deadline.check();
            for (Predication p : predications.get(s)) {
                if (p.predicate().use() == Predicate.Use.INTERACTION && p.reality() == Predication.Reality.PLANNED && !p.tenseless()) {
                    Set<Integer> persons = new LinkedHashSet<>(discourse.of(s, p.subject()).persons());
                    persons.addAll(discourse.of(s, p.partners()).persons());
                    if (persons.size() >= 2) {
                        planned.add(persons);
                    }
                }
                if (p.predicate().use() != Predicate.Use.INTERACTION || !happened(p, sentences.get(s))
                        || recalled(parsed.get(s), storyYear(header), header.anchor())) {
                    continue;
                }
                List<Interaction> read = interactions(s, p, predications.get(s), discourse, people, parsed.get(s));
                boolean tenseless = p.tenseless() && !afterTheFact(parsed.get(s), p, predications.get(s));
                if (read.isEmpty() && p.subject().isEmpty() && p.partners().isEmpty()) {
                    read = fromPluralSubject(s, p, predications.get(s), discourse, people, parsed.get(s));
                    tenseless = false; // the clause's verb has told whether the meeting took place
                }
                if (read.isEmpty()) {
                    mentionsOnly.add(s);
                }
                boolean withoutTense = tenseless;
                read.forEach(i -> found.add(p.predicate().weak() ? i.weakened() : withoutTense ? i.withoutTense() : i));
            }
        }
        for (int s = 0; s < parsed.size(); s++) {
            found.addAll(frontedWith(s, parsed.get(s), predications.get(s), discourse, people));
        }
        found.sort(java.util.Comparator.comparingInt(Interaction::sentence));
        Groups groups = new Groups();
        List<Interaction> context = new ArrayList<>();
        for (Interaction i : found) {
            if (i.partial() || i.weak() || countries(i.persons(), people) + i.states().size() < 2) {
                context.add(i);
                continue;
            }
            groups.mayAccept(i.persons()).stream().filter(g -> g.accepts(i, people)).findFirst()
                    .ifPresentOrElse(g -> groups.add(g, i), () -> groups.add(new Group(i)));
        }
        // a meeting named only by nouns ("the virtual meeting between A and B") whose parties the verbs only
        // plan to meet ("will talk with B on Friday") is the planned one
        groups.removeIf(g -> g.members.stream().allMatch(Interaction::tenseless) && planned.stream().anyMatch(g.persons::containsAll));
        // a handshake or a greeting joins the meeting of its parties
        for (Interaction i : found) {
            if (i.weak() && !i.partial()) {
                groups.holding(i.persons()).stream().filter(g -> g.persons.containsAll(i.persons())).findFirst().ifPresent(g -> groups.add(g, i));
            }
        }
        Set<Integer> reported = new java.util.HashSet<>();
        groups.all().forEach(g -> g.members.forEach(m -> reported.add(m.sentence())));
        // each group's context sentences, in the context's order: looked up by person, not checked against every group
        java.util.Map<Group, List<Integer>> contextOf = new java.util.IdentityHashMap<>();
        for (Interaction c : context) {
            groups.holding(c.persons()).stream().filter(g -> g.persons.containsAll(c.persons()))
                    .forEach(g -> contextOf.computeIfAbsent(g, k -> new ArrayList<>()).add(c.sentence()));
        }
        List<EventSeed> seeds = new ArrayList<>();
        for (Group g : groups.all()) {
            List<Participant> participants = g.persons.stream().map(people::get)
                    .map(p -> new Participant(p.name(), p.country(), p.roles())).toList();
            // a sentence about one side only lends its date and place, unless it reports another of the story's meetings
            Set<Integer> own = new java.util.HashSet<>();
            g.members.forEach(m -> own.add(m.sentence()));
            List<Integer> related = new ArrayList<>(contextOf.getOrDefault(g, List.of()).stream()
                    .filter(s -> !reported.contains(s) || own.contains(s)).toList());
            Channel channel = g.members.stream().map(Interaction::channel).filter(c -> c != Channel.IN_PERSON)
                    .findFirst().orElse(Channel.IN_PERSON);
            seeds.add(new EventSeed(participants, g.members.stream().map(Interaction::sentence).distinct().toList(),
                    related, channel));
        }
        List<Integer> unattached = new ArrayList<>(context.stream().map(Interaction::sentence).toList());
        unattached.addAll(mentionsOnly);
        return framer.frame(seeds, unattached.stream().distinct().sorted().toList(), sentences, header, captions, deadline);
    }

    private List<Interaction> interactions(int sentence, Predication p, List<Predication> all, Discourse discourse,
                                           People people, ParsedSentence ps) {
        Referent subject = discourse.of(sentence, p.subject());
        if (subject.isEmpty() && p.predicate().pos() == Predicate.PartOfSpeech.NOUN && !p.partners().isEmpty()) {
            subject = mainSubject(sentence, p, all, discourse);
            if (subject.isEmpty()) {
                subject = openingName(ps, p, discourse, sentence); // "Merkel gave the thumbs up after two days of talks with Putin"
            }
            Integer focus = discourse.focusAt(sentence);
            if (subject.isEmpty() && focus != null) {
                subject = Referent.person(focus); // "Bilateral ties were on the agenda in separate meetings with A, B and C"
            }
        }
        Referent partners = discourse.of(sentence, p.partners());
        List<Integer> a = officials(subject.persons(), people);
        List<Integer> b = officials(partners.persons(), people);
        Channel channel = channel(p.predicate().medium(), ps);
        if (b.isEmpty() && partners.states().isEmpty() && a.size() >= 2 && reciprocal(p, ps)) {
            return List.of(new Interaction(sentence, a, subject.states(), channel)); // "the two leaders met"
        }
        if (a.isEmpty() && b.size() >= 2) {
            return List.of(new Interaction(sentence, b, partners.states(), channel)); // "talks between A and B"
        }
        if (a.isEmpty()) {
            return List.of();
        }
        if (b.isEmpty() && partners.states().isEmpty()) {
            return List.of(new Interaction(sentence, a, List.of(), channel, true));
        }
        List<Interaction> out = new ArrayList<>();
        if (a.size() == 1 && b.size() >= 2) {
            for (int partner : b) {
                out.add(new Interaction(sentence, List.of(a.get(0), partner), List.of(), channel));
            }
            for (String state : partners.states()) {
                if (!state.equals(people.get(a.get(0)).country())) {
                    out.add(new Interaction(sentence, a, List.of(state), channel));
                }
            }
            return out;
        }
        if (b.isEmpty()) {
            // "met his counterparts from Peru, Chile and the African Union": one meeting with each, officials unnamed;
            // a state as the object of "welcomed" or "received" is not a party met
            Set<Predicate.Slot> slots = p.predicate().partners();
            if (!slots.contains(Predicate.Slot.WITH) && !slots.contains(Predicate.Slot.BETWEEN)) {
                return out;
            }
            List<String> others = partners.states().stream()
                    .filter(state -> a.stream().noneMatch(id -> state.equals(people.get(id).country()))).toList();
            if (others.size() > 1 && !oneWithEach(ps)) {
                // "met with his counterparts from France, Germany and the United Kingdom in a video conference": one
                return List.of(new Interaction(sentence, a, others, channel));
            }
            others.forEach(state -> out.add(new Interaction(sentence, a, List.of(state), channel)));
            return out;
        }
        Set<Integer> persons = new LinkedHashSet<>(a);
        persons.addAll(b);
        out.add(new Interaction(sentence, List.copyOf(persons), List.of(), channel));
        return out;
    }

    /** The first person named before the noun outside a prepositional phrase: the clause's subject whatever its verb. */
    private static Referent openingName(ParsedSentence s, Predication noun, Discourse discourse, int sentence) {
        for (org.readout.extract.discourse.Mention m : s.mentions()) {
            if (m.start() >= noun.head()) {
                break;
            }
            boolean inPhrase = m.start() > 0 && (s.tag(m.start() - 1).equals("ADP") || s.word(m.start() - 1).equals("of"));
            if (m.kind() == org.readout.extract.discourse.Mention.Kind.NAME && !inPhrase) {
                return discourse.of(sentence, m);
            }
        }
        return Referent.NONE;
    }

    /** "In a meeting with X, Jaishankar reiterated ...": the single person who is the subject of the main clause. */
    private static Referent mainSubject(int sentence, Predication noun, List<Predication> all, Discourse discourse) {
        for (Predication other : all) {
            if (other != noun && other.head() > noun.end()) {
                Referent r = discourse.of(sentence, other.subject());
                if (r.isSinglePerson()) {
                    return r;
                }
            }
        }
        return Referent.NONE;
    }

    private static Integer storyYear(DocumentHeader header) {
        return header.published() != null ? Integer.valueOf(header.published().getYear()) : header.yearHint();
    }

    /**
     * "In September last year, X met Y", "X and Y met in 2019", "during their summit in November" (in a
     * December story): told as the past, not the story's news.
     */
    private static final Set<String> ONE_WITH_EACH = Set.of("bilateral", "separate", "separately", "respectively", "meetings");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

    private boolean recalled(ParsedSentence s, Integer storyYear, java.time.LocalDate anchor) {
        boolean aside = false;
        for (int k = 1; k <= s.size(); k++) {
            // ", who took office last month,": a relative clause dates its own news, not the meeting
            if (k >= 2 && s.word(k - 2).equals(",") && RELATIVES.contains(s.word(k - 1))) {
                aside = true;
            } else if (s.word(k - 1).equals(",")) {
                aside = false;
            }
            if (aside) {
                continue;
            }
            if (words.endingAt(s.lower(), k, FunctionWords.Kind.RECALL) > 0) {
                return true;
            }
            String w = s.word(k - 1);
            if (anchor != null && k >= 2 && s.word(k - 2).equals("in") && MONTHS.contains(w)
                    && !(k < s.size() && DAY_NUMBER.matcher(s.word(k)).matches()) && MONTHS.indexOf(w) + 1 != anchor.getMonthValue()) {
                return true;
            }
            if (storyYear != null && w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(w) < storyYear && !(k < s.size() && s.word(k).equals("-"))) {
                return true;
            }
        }
        return false;
    }

    /** "held bilateral meetings with his counterparts from A, B and C", "met them separately": one meeting with each. */
    private static boolean oneWithEach(ParsedSentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (ONE_WITH_EACH.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the ministry said after their talks on Wednesday": a meeting named as what a reported past act
     * followed took place.
     */
    private static boolean afterTheFact(ParsedSentence s, Predication noun, List<Predication> all) {
        int k = noun.head() - 1;
        while (k >= 0 && (s.tag(k).equals("DET") || s.tag(k).equals("ADJ") || s.tag(k).equals("NUM")
                || s.tag(k).equals("PRON") && !s.word(k).equals("which"))) {
            k--;
        }
        if (k < 0 || !(s.word(k).equals("after") || s.word(k).equals("following"))) {
            return false;
        }
        int preposition = k;
        return all.stream().anyMatch(q -> q != noun && !q.tenseless() && q.reality() == Predication.Reality.REAL
                && q.head() < preposition);
    }

    /** "The two leaders met", "they greeted each other": a plural subject that is both sides. */
    private static boolean reciprocal(Predication p, ParsedSentence s) {
        Set<Predicate.Slot> slots = p.predicate().partners();
        if (slots.contains(Predicate.Slot.WITH) || slots.contains(Predicate.Slot.BETWEEN)) {
            return true;
        }
        int after = p.end();
        return after + 1 < s.size() && (s.word(after + 1).equals("other") && s.word(after).equals("each")
                || s.word(after + 1).equals("another") && s.word(after).equals("one"));
    }

    // "have held talks" is the news in a story's lead, and background further down.
    private static boolean happened(Predication p, Sentence s) {
        return p.reality() == Predication.Reality.REAL || p.reality() == Predication.Reality.PERFECT && s.paragraph() < LEAD_PARAGRAPHS;
    }

    /** "In a meeting in Washington, A and B stressed ...": a meeting without arguments held by the sentence's plural subject. */
    private List<Interaction> fromPluralSubject(int sentence, Predication meeting, List<Predication> all, Discourse discourse,
                                                People people, ParsedSentence ps) {
        if (meeting.predicate().pos() != Predicate.PartOfSpeech.NOUN
                || meeting.head() > 0 && ps.sentence().tokens().get(meeting.head()).isCapitalized()) {
            return List.of(); // "focusing on the 16th Meeting of the Steering Committee": a gathering of its own
        }
        if (meeting.end() < ps.size() && ps.word(meeting.end()).equals("with")) {
            return List.of(); // "In a meeting with a delegation of business leaders, X praised Y": met others than Y
        }
        for (Predication other : all) {
            if (other == meeting || other.subject().isEmpty()) {
                continue;
            }
            List<Integer> persons = new ArrayList<>(officials(discourse.of(sentence, other.subject()).persons(), people));
            if (persons.size() == 1 && other.predicate().use() == Predicate.Use.REPORTING) {
                // "Putin during a video conference invited Macron to visit": the speaker and whom he addressed
                officials(discourse.of(sentence, other.partners()).persons(), people).stream()
                        .filter(id -> !persons.contains(id)).forEach(persons::add);
            }
            if (persons.size() >= 2) {
                Interaction held = new Interaction(sentence, persons, List.of(), channel(meeting.predicate().medium(), ps));
                return List.of(other.tenseless() || other.reality() != Predication.Reality.REAL ? held.withoutTense() : held);
            }
        }
        return List.of();
    }

    /** "With Sri Lanka's Foreign Minister X, Jaishankar reviewed ...": the fronted partner and the clause's subject. */
    private List<Interaction> frontedWith(int sentence, ParsedSentence s, List<Predication> all, Discourse discourse, People people) {
        if (s.size() < 4 || !s.word(0).equals("with")) {
            return List.of();
        }
        org.readout.extract.discourse.Mention partner = null;
        int comma = -1;
        for (int k = 1; k < s.size() && k < 12; k++) {
            if (s.word(k).equals(",")) {
                comma = k;
                break;
            }
            org.readout.extract.discourse.Mention m = s.startingAt(k);
            if (partner == null && m != null && m.kind() == org.readout.extract.discourse.Mention.Kind.NAME) {
                partner = m;
            }
        }
        if (partner == null || comma < 0) {
            return List.of();
        }
        List<Integer> b = officials(discourse.of(sentence, partner).persons(), people);
        for (Predication p : all) {
            if (p.head() > comma && !p.subject().isEmpty()) {
                List<Integer> a = officials(discourse.of(sentence, p.subject()).persons(), people);
                if (a.size() == 1 && b.size() == 1 && !a.equals(b) && p.reality() == Predication.Reality.REAL) {
                    return List.of(new Interaction(sentence, List.of(a.get(0), b.get(0)), List.of(), Channel.IN_PERSON));
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** Persons who can take part for a state: a country known, or a title the text gives them. */
    private static List<Integer> officials(List<Integer> ids, People people) {
        return ids.stream().filter(id -> {
            Person p = people.get(id);
            return p.country() != null || !p.roles().isEmpty();
        }).toList();
    }

    private static Channel channel(Predicate.Medium medium, ParsedSentence s) {
        Channel said = switch (medium) {
            case PHONE -> Channel.PHONE;
            case VIDEO -> Channel.VIDEO;
            default -> null;
        };
        if (said != null) {
            return said;
        }
        for (String w : s.lower()) {
            if (w.equals("phone") || w.equals("telephone") || w.equals("telephonic")) {
                return Channel.PHONE;
            }
            if (w.equals("video") || w.equals("videoconference") || w.equals("virtual") || w.equals("virtually")
                    || w.equals("online") || w.equals("vtc")) {
                return Channel.VIDEO;
            }
        }
        return Channel.IN_PERSON;
    }

    private static long countries(java.util.Collection<Integer> ids, People people) {
        Set<String> seen = new LinkedHashSet<>();
        int unknown = 0;
        for (int id : ids) {
            String c = people.get(id).country();
            if (c == null) {
                unknown++;
            } else {
                seen.add(c);
            }
        }
        return seen.size() + unknown;
    }

    /**
     * Interactions about one meeting: the same persons, or one set inside the other; a meeting with a
     * state's unnamed officials is the meeting with that state's person when the text names one.
     */
    private static final class Group {
        final List<Interaction> members = new ArrayList<>();
        final Set<Integer> persons = new LinkedHashSet<>();
        final Set<String> states = new LinkedHashSet<>();

        Group(Interaction first) {
            add(first);
        }

        void add(Interaction i) {
            members.add(i);
            persons.addAll(i.persons());
            states.addAll(i.states());
        }

        boolean accepts(Interaction i, People people) {
            if (!sameStates(i, people)) {
                return false;
            }
            if (persons.containsAll(i.persons()) || i.persons().containsAll(persons)) {
                return true;
            }
            Set<Integer> shared = new LinkedHashSet<>(i.persons());
            shared.retainAll(persons);
            return countries(shared, people) >= 2 && Objects.equals(shared.size(), i.persons().size());
        }

        /** No state named as a side that the other's persons and states do not cover. */
        private boolean sameStates(Interaction i, People people) {
            Set<String> theirs = new LinkedHashSet<>(i.states());
            i.persons().forEach(id -> theirs.add(people.get(id).country()));
            Set<String> ours = new LinkedHashSet<>(states);
            persons.forEach(id -> ours.add(people.get(id).country()));
            return ours.containsAll(i.states()) && theirs.containsAll(states);
        }
    }

    /**
     * The groups in the order they were made, with the groups that hold each person, so that an interaction is
     * tried only against the groups that may take it (a group takes persons it holds, or persons who hold all of
     * its own) and not against every meeting of the story.
     */
    private static final class Groups {
        private final List<Group> all = new ArrayList<>();
        private final java.util.Map<Group, Integer> order = new java.util.IdentityHashMap<>();
        private final java.util.Map<Integer, Set<Group>> byPerson = new java.util.HashMap<>();
        private final Set<Group> nobody = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final Set<Group> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        List<Group> all() {
            return all;
        }

        void add(Group g) {
            order.put(g, order.size());
            all.add(g);
            index(g, g.persons);
        }

        void add(Group g, Interaction i) {
            g.add(i);
            index(g, i.persons());
        }

        private void index(Group g, java.util.Collection<Integer> persons) {
            persons.forEach(p -> byPerson.computeIfAbsent(p, k -> new java.util.LinkedHashSet<>()).add(g));
            if (g.persons.isEmpty()) {
                nobody.add(g);
            } else {
                nobody.remove(g);
            }
        }

        void removeIf(java.util.function.Predicate<Group> drop) {
            all.stream().filter(drop).forEach(removed::add);
            all.removeIf(removed::contains);
        }

        /** The groups that share a person with these, or that hold nobody, in the order made; all groups for nobody. */
        List<Group> mayAccept(List<Integer> persons) {
            if (persons.isEmpty()) {
                return all;
            }
            Set<Group> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            persons.forEach(p -> found.addAll(byPerson.getOrDefault(p, Set.of())));
            found.addAll(nobody);
            return sorted(found);
        }

        /** The groups that may hold all of these persons, in the order made: those holding the first. */
        List<Group> holding(List<Integer> persons) {
            return persons.isEmpty() ? all : sorted(byPerson.getOrDefault(persons.get(0), Set.of()));
        }

        private List<Group> sorted(Set<Group> groups) {
            return groups.stream().filter(g -> !removed.contains(g)).sorted(java.util.Comparator.comparingInt(order::get)).toList();
        }
    }
}
