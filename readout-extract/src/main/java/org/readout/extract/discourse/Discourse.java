package org.readout.extract.discourse;

import java.util.List;
import java.util.Map;

/** What every mention of a document refers to, by sentence. */
public final class Discourse {
    private final Map<Long, Referent> referents;
    /** The person in focus as each sentence starts (null: nobody yet). */
    private final List<Integer> focus;

    Discourse(Map<Long, Referent> referents, List<Integer> focus) {
        this.referents = Map.copyOf(referents);
        this.focus = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(focus));
    }

    /** The person the text is about as sentence {@code sentence} starts: the last subject, or null. */
    public Integer focusAt(int sentence) {
        return sentence < focus.size() ? focus.get(sentence) : null;
    }

    static long key(int sentence, Mention m) {
        return ((long) sentence << 32) | m.start();
    }

    public Referent of(int sentence, Mention m) {
        return referents.getOrDefault(key(sentence, m), Referent.NONE);
    }

    /** The persons, states and "both" of several mentions together, persons in order without repeats. */
    public Referent of(int sentence, List<Mention> mentions) {
        java.util.Set<Integer> persons = new java.util.LinkedHashSet<>();
        java.util.Set<String> states = new java.util.LinkedHashSet<>();
        boolean both = false;
        for (Mention m : mentions) {
            Referent r = of(sentence, m);
            persons.addAll(r.persons());
            states.addAll(r.states());
            both |= r.both();
        }
        return new Referent(List.copyOf(persons), List.copyOf(states), both);
    }
}
