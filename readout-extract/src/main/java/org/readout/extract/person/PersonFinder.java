package org.readout.extract.person;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Official;
import org.readout.extract.knowledge.Officials;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.Token;
import org.readout.model.Span;

/**
 * Finds the persons of a document and every mention of them: full names with their titles,
 * then surnames ("Wang said"), titled surnames ("Minister Kishida") and descriptions
 * ("the Secretary", "the top Indian diplomat") that point back to a person already named.
 */
public final class PersonFinder {
    private final Knowledge knowledge;
    private final TitledNameFinder titledNames;
    private final NameTokens nameTokens;

    public PersonFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.titledNames = new TitledNameFinder(knowledge);
        this.nameTokens = new NameTokens(knowledge);
    }

    /**
     * @param homeCountry the country of the account (outlet or dateline), given to persons whose
     *                    title names no country: readouts name their own officials bare
     */
    public People find(List<Sentence> sentences, String homeCountry, Integer year) {
        return find(sentences, homeCountry, year, List.of());
    }

    /**
     * @param unnamed proper-noun phrases (document offsets) that stand where the grammar expects a party:
     *                the subject or a partner of a meeting ("Tokayev was met by Mirziyoyev"); those that look
     *                like names become persons, a lone surname under the fullest form the text gives it
     */
    public People find(List<Sentence> sentences, String homeCountry, Integer year, List<Span> unnamed) {
        List<NameCandidate> candidates = new ArrayList<>();
        sentences.forEach(s -> titledNames.find(s).stream().filter(c -> !truncated(s, c)).forEach(candidates::add));
        if (!unnamed.isEmpty()) {
            addUnnamed(sentences, unnamed, candidates);
        }
        Registry registry = new Registry();
        candidates.stream().filter(c -> c.nameTokens().size() > 1).forEach(registry::add);
        candidates.stream().filter(c -> c.nameTokens().size() == 1).forEach(registry::add);
        Known known = new Known();
        for (NameCandidate c : candidates) {
            known.add(new PersonMention(c.sentence(), c.span(), registry.idOf(c), c.titled()));
        }
        List<Person> persons = registry.persons(homeCountry, year);
        Map<String, List<Person>> byWord = byNameWord(persons);
        for (Sentence s : sentences) {
            shortMentions(s, byWord, known).forEach(known::add);
        }
        List<PersonMention> mentions = new ArrayList<>(known.all);
        mentions.sort(Comparator.comparingInt((PersonMention m) -> m.span().start()));
        return new People(persons, mentions);
    }

    // The sentence of a span is found by its offset, and the names already found by their sentence: both were
    // searched through the whole document once per span.
    private void addUnnamed(List<Sentence> sentences, List<Span> unnamed, List<NameCandidate> candidates) {
        Surnames surnames = new Surnames(sentences, nameTokens);
        Map<Integer, List<NameCandidate>> bySentence = new HashMap<>();
        candidates.forEach(c -> bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c));
        for (Span span : unnamed) {
            holding(sentences, span)
                    .flatMap(s -> titledNames.untitled(s, span, surnames))
                    .filter(c -> bySentence.getOrDefault(c.sentence(), List.of()).stream().noneMatch(o -> o.span().start() < c.span().end()
                            && c.span().start() < o.span().end()))
                    .ifPresent(c -> {
                        candidates.add(c);
                        bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
                    });
        }
    }

    /** The first sentence that holds the span; sentences are in text order and do not overlap. */
    private static Optional<Sentence> holding(List<Sentence> sentences, Span span) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int last = -1; // the last sentence that starts at or before the span
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= span.start()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        // sentences that start where the span does may be empty ones before the one holding it
        int first = last;
        while (first > 0 && sentences.get(first - 1).span().start() == span.start()) {
            first--;
        }
        for (int i = Math.max(first, 0); i <= last; i++) {
            if (span.end() <= sentences.get(i).span().end()) {
                return Optional.of(sentences.get(i));
            }
        }
        return Optional.empty();
    }

    /** A name at the very end of a text cut off mid-sentence may be cut too ("Jake Sull"). */
    private static boolean truncated(Sentence s, NameCandidate c) {
        return s.cutOff() && !s.tokens().isEmpty() && c.span().end() >= s.tokens().get(s.tokens().size() - 1).end();
    }

    /** The persons by each word of their name's key, in the persons' order. */
    private static Map<String, List<Person>> byNameWord(List<Person> persons) {
        Map<String, List<Person>> byWord = new HashMap<>();
        for (Person p : persons) {
            for (String word : new LinkedHashSet<>(List.of(Fold.key(p.name()).split(" ")))) {
                byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(p);
            }
        }
        return byWord;
    }

    private List<PersonMention> shortMentions(Sentence s, Map<String, List<Person>> byWord, Known known) {
        List<PersonMention> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!nameTokens.isNameWord(t) || NameTokens.isInitial(t.text()) || known.covers(t.start())) {
                continue;
            }
            String key = Fold.key(NameTokens.bare(t.text()));
            Optional<Person> person = byWord.getOrDefault(key, List.of()).stream()
                    .reduce((a, b) -> known.lastBefore(b, t.start()) > known.lastBefore(a, t.start()) ? b : a);
            boolean titled = i > 0 && knowledge.titles().roleOf(tokens.get(i - 1).text()).isPresent();
            person.ifPresent(p -> found.add(new PersonMention(s.index(), new Span(t.start(), t.end()), p.id(), titled)));
        }
        return found;
    }

    /**
     * The mentions found so far, with the offsets they cover and each person's mention starts, so that a word is
     * checked against them in constant or logarithmic time instead of against every mention of the document.
     */
    private static final class Known {
        private final List<PersonMention> all = new ArrayList<>();
        private final BitSet covered = new BitSet();
        private final Map<Integer, TreeSet<Integer>> startsByPerson = new HashMap<>();

        void add(PersonMention m) {
            all.add(m);
            if (m.span().end() > m.span().start()) {
                covered.set(m.span().start(), m.span().end());
            }
            startsByPerson.computeIfAbsent(m.personId(), k -> new TreeSet<>()).add(m.span().start());
        }

        boolean covers(int offset) {
            return offset >= 0 && covered.get(offset);
        }

        /** The start of the person's last mention before the offset, or -1. */
        int lastBefore(Person p, int before) {
            TreeSet<Integer> starts = startsByPerson.get(p.id());
            Integer last = starts == null ? null : starts.lower(before);
            return last == null ? -1 : last;
        }
    }

    /** Merges name forms into persons: "Wang", "Wang Yi"; "S Jaishankar", "Subrahmanyam Jaishankar". */
    private final class Registry {
        private final List<List<NameCandidate>> groups = new ArrayList<>();
        private final Map<NameCandidate, Integer> ids = new IdentityHashMap<>(); // a record's hash walks its lists
        private final GroupIndex index = new GroupIndex();

        void add(NameCandidate c) {
            for (int g : index.candidates(c.nameTokens())) {
                if (index.forms(g).stream().anyMatch(form -> sameName(form, c.nameTokens()))) {
                    join(g, c);
                    return;
                }
            }
            groups.add(new ArrayList<>());
            join(groups.size() - 1, c);
        }

        private void join(int g, NameCandidate c) {
            groups.get(g).add(c);
            ids.put(c, g);
            index.add(g, c.nameTokens());
        }

        int idOf(NameCandidate c) {
            return ids.get(c);
        }

        List<Person> persons(String homeCountry, Integer year) {
            List<Person> persons = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                List<NameCandidate> group = groups.get(g);
                NameCandidate fullest = group.stream().max(Comparator.comparingInt(c -> c.nameTokens().size())).orElseThrow();
                String name = String.join(" ", fullest.nameTokens());
                Optional<String> said = mostCommon(group.stream().map(NameCandidate::country).filter(Objects::nonNull).toList());
                Map<String, String> roles = new LinkedHashMap<>();
                group.forEach(c -> c.roles().forEach(r -> roles.putIfAbsent(Fold.key(r), r)));
                Optional<Official> spelled = spelledOfficial(group, said.orElse(null), year);
                Optional<Official> known = spelled.or(() -> nearOfficial(group, said.orElse(null), List.copyOf(roles.values()), year));
                String country = said.or(() -> known.map(Official::country))
                        .orElse(group.stream().anyMatch(NameCandidate::titled) ? homeCountry : null);
                // a misspelt or partial name ("Dimitri Medveded", "Meloni") takes the official's common spelling; a
                // spelling of the officials file ("Sergei Lavrov", "Kono Taro") stays as the text writes it
                if (spelled.isEmpty() && known.isPresent() && (country == null || country.equals(known.get().country()))) {
                    name = known.get().name();
                }
                persons.add(new Person(g, name, country, List.copyOf(roles.values())));
            }
            return persons;
        }

        /** The official one of the group's names spells, in that year. */
        private Optional<Official> spelledOfficial(List<NameCandidate> group, String country, Integer year) {
            Officials officials = knowledge.officials();
            for (NameCandidate c : group) {
                if (c.nameTokens().size() < 2) {
                    continue;
                }
                Optional<Official> found = officials.canonical(String.join(" ", c.nameTokens()), year)
                        .flatMap(n -> officials.lookup(n, null).stream().filter(o -> country == null || country.equals(o.country()))
                                .findFirst());
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        /**
         * The official of the state and office the text gives whose name is near the group's ("Dimitri
         * Medveded"); for a name the text gives as a surname alone, the one official of that surname in office.
         */
        private Optional<Official> nearOfficial(List<NameCandidate> group, String country, List<String> roles, Integer year) {
            Officials officials = knowledge.officials();
            boolean surnameOnly = group.stream().allMatch(c -> c.nameTokens().size() == 1);
            if (surnameOnly && year != null) {
                Optional<Official> one = officials.bySurname(group.get(0).nameTokens().get(0), year)
                        .filter(o -> country == null || country.equals(o.country()));
                if (one.isPresent()) {
                    return one;
                }
            }
            if (country == null && roles.isEmpty()) {
                return Optional.empty();
            }
            String office = roles.isEmpty() ? null : roles.get(0);
            for (NameCandidate c : group) {
                Optional<Official> near = officials.closest(String.join(" ", c.nameTokens()), country, office, year);
                if (near.isPresent()) {
                    return near;
                }
            }
            return soleHolder(group, country, office, year);
        }

        /**
         * The one holder of the office the text gives, that state and year, whose name starts as the
         * text's does word by word ("Kiriakos Mitsikitisis", Prime Minister of Greece): a spelling too far
         * for {@link Officials#closest}, but nobody else it could be.
         */
        private Optional<Official> soleHolder(List<NameCandidate> group, String country, String office, Integer year) {
            if (country == null || office == null || year == null) {
                return Optional.empty();
            }
            List<Official> holders = knowledge.officials().holders(country, office, year);
            if (holders.size() != 1) {
                return Optional.empty();
            }
            List<String> known = List.of(Fold.key(holders.get(0).name()).split(" "));
            List<String> written = group.stream().max(Comparator.comparingInt(c -> c.nameTokens().size()))
                    .map(c -> c.nameTokens().stream().map(Fold::key).toList()).orElse(List.of());
            boolean alike = written.size() == known.size() && !written.isEmpty();
            for (int i = 0; alike && i < written.size(); i++) {
                alike = !written.get(i).isEmpty() && written.get(i).charAt(0) == known.get(i).charAt(0);
            }
            return alike ? Optional.of(holders.get(0)) : Optional.empty();
        }
    }

    private static Optional<String> mostCommon(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** One name is the other with words left out; an initial stands for a word ("S" for "Subrahmanyam"). */
    static boolean sameName(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        // a word of the shorter name may stand for an initial of the longer only when both are as long
        // ("Subrahmanyam Jaishankar", "S. Jaishankar"), never a surname for an initial ("Jaishankar", "Kamina J Smith")
        boolean sameLength = a.size() == b.size();
        return shorter.stream().allMatch(s -> longer.stream().anyMatch(l -> sameWord(s, l, sameLength)))
                && shorter.stream().anyMatch(s -> !NameTokens.isInitial(s));
    }

    private static boolean sameWord(String shorter, String longer, boolean sameLength) {
        String fs = Fold.key(shorter);
        String fl = Fold.key(longer);
        if (fs.equals(fl)) {
            return true;
        }
        return NameTokens.isInitial(shorter) && fl.startsWith(fs) || sameLength && NameTokens.isInitial(longer) && fs.startsWith(fl);
    }
}
