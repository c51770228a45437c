package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.extract.knowledge.Predicate.Medium;
import org.readout.extract.knowledge.Predicate.PartOfSpeech;
import org.readout.extract.knowledge.Predicate.Slot;
import org.readout.extract.knowledge.Predicate.Use;

/**
 * The predicates of {@code predicates.tsv}, looked up by the words of a sentence: a verb in any of
 * its forms with its particle ("called on"), a noun phrase in the singular or plural ("phone calls").
 */
public final class Predicates {
    /** A predicate found at a token: which row, how the verb is inflected, and the token after the phrase. */
    public record Found(Predicate predicate, VerbForms.Inflection inflection, int end) {
    }

    private record Entry(Predicate predicate, List<String> words, VerbForms.Inflection inflection) {
    }

    private static final Set<String> DETERMINERS = Set.of("their", "his", "her", "its", "the");
    private final List<Predicate> all;
    /** By the first word as written in text (lower-case). */
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /** First words of the phrases that can be a sentence's predicate by themselves: every use but the light verbs. */
    private final java.util.Set<String> triggers = new java.util.HashSet<>();
    private final VerbForms verbs;

    Predicates(Table table, VerbForms verbs) {
        this.verbs = verbs;
        List<Predicate> list = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            Predicate p = new Predicate(Arrays.asList(r.get("phrase").toLowerCase(Locale.ROOT).split("\\s+")),
                    PartOfSpeech.valueOf(upper(r, "pos")), Use.valueOf(upper(r, "class")), slots(r),
                    r.optional("channel") == null ? Medium.ANY : Medium.valueOf(upper(r, "channel")),
                    "yes".equals(r.optional("weak")), r.get("example"));
            list.add(p);
            index(p);
        }
        all = List.copyOf(list);
    }

    private static String upper(Table.Row r, String column) {
        try {
            return r.get(column).toUpperCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeException(r.file(), r.line(), "unknown " + column + " '" + r.get(column) + "'");
        }
    }

    private static Set<Slot> slots(Table.Row r) {
        Set<Slot> slots = EnumSet.noneOf(Slot.class);
        for (String s : r.list("partners")) {
            try {
                slots.add(Slot.valueOf(s.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeException(r.file(), r.line(), "unknown partner slot '" + s + "'");
            }
        }
        return slots;
    }

    private void index(Predicate p) {
        List<String> rest = p.words().subList(1, p.words().size());
        if (p.pos() == PartOfSpeech.VERB) {
            for (VerbForms.Form f : verbs.forms(p.words().get(0))) {
                add(f.text(), new Entry(p, concat(f.text(), rest), f.inflection()));
            }
            return;
        }
        add(p.words().get(0), new Entry(p, p.words(), null));
        List<String> plural = new ArrayList<>(p.words());
        String last = plural.get(plural.size() - 1);
        if (!last.endsWith("s")) {
            plural.set(plural.size() - 1, last.endsWith("ch") ? last + "es" : last + "s");
            add(plural.get(0), new Entry(p, plural, null));
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private void add(String first, Entry e) {
        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
        if (e.predicate().use() != Use.LIGHT) {
            triggers.add(first);
        }
    }

    /**
     * The predicates whose phrase starts at token {@code i} of {@code words} (lower-case), longest
     * phrase first; a verb particle may be separated by one adverb ("spoke highly", "called them up" are not read).
     */
    public List<Found> at(List<String> words, int i) {
        List<Entry> candidates = byFirstWord.get(words.get(i));
        if (candidates == null) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Entry e : candidates) {
            int end = matchEnd(e, words, i);
            if (end > 0) {
                found.add(new Found(e.predicate(), e.inflection(), end));
            }
        }
        // longest first; a verb that is both light and a predicate ("received a call", "received X") tries light first
        found.sort((a, b) -> a.end() != b.end() ? Integer.compare(b.end(), a.end())
                : Boolean.compare(b.predicate().use() == Use.LIGHT, a.predicate().use() == Use.LIGHT));
        return found;
    }

    /**
     * Where the entry's phrase ends if it starts at {@code i}, else -1; a verb's later words may stand after
     * a determiner ("exchanged their views", "took a part" is not read: only these determiners).
     */
    private static int matchEnd(Entry e, List<String> words, int i) {
        int k = i + 1;
        for (int w = 1; w < e.words().size(); w++) {
            if (e.inflection() != null && k < words.size() && DETERMINERS.contains(words.get(k)) && w == e.words().size() - 1) {
                k++;
            }
            if (k >= words.size() || !words.get(k).equals(e.words().get(w))) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /**
     * Whether a predicate other than a light verb can start with this word: a sentence without one has
     * nothing for the grammar to read, so it need not be tagged.
     */
    public boolean mayStart(String lowerWord) {
        return triggers.contains(lowerWord);
    }

    public List<Predicate> all() {
        return all;
    }

    public VerbForms verbs() {
        return verbs;
    }
}
