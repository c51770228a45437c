package org.readout.extract.multilingual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;

/**
 * The interactions of a foreign text: each sentence with an interaction word, not announced as
 * planned, that names two sides (one side may be the text's principal, named elsewhere) makes an
 * interaction, one for each counterpart unless the sentence makes it one joint call or meeting;
 * the same parties in several sentences are one. Place and day come from the sentence, else from
 * the sentences around it that report an interaction without naming anyone, else from the
 * interaction reported before it, else from sentences about its people.
 */
final class EventReader {
    /** Where no place is written, a principal who received the other hosts; an ambassador meets in the country of posting. */
    private static final String AMBASSADOR = "ambassador";
    private final DayResolver days = new DayResolver();

    /**
     * What the text's header tells: the day of writing, the year it is about, the dateline's city.
     *
     * @param published the anchor is the day of publication, after which nothing reported can have happened
     *                  (else a date the text writes, which only lends its year and month)
     */
    record Setting(LocalDate anchor, boolean published, Integer year, Location dateline) {
    }

    List<Event> read(ForeignDocument doc, List<List<ForeignPerson>> people, Setting setting) {
        ForeignPerson principal = principal(people);
        List<Draft> drafts = new ArrayList<>();
        List<Integer> unattached = new ArrayList<>();
        boolean[] planned = new boolean[doc.sentences().size()];
        for (int i = 0; i < doc.sentences().size(); i++) {
            if (!hasInteraction(doc, i)) {
                continue;
            }
            planned[i] = plannedInteraction(doc, i);
            if (planned[i]) {
                continue;
            }
            List<Draft> found = drafts(doc, i, people.get(i), principal, drafts, setting);
            if (found.isEmpty()) {
                unattached.add(i);
            }
            for (Draft d : found) {
                merge(drafts, d);
            }
        }
        List<Event> events = new ArrayList<>();
        Draft previous = null;
        for (Draft d : drafts) {
            Draft complete = completed(d, previous, doc, people, unattached, planned, drafts, setting);
            events.add(event(complete, doc));
            previous = complete;
        }
        return events;
    }

    /** The person the text names most (the first of equals): the subject of its round-up sentences. */
    private static ForeignPerson principal(List<List<ForeignPerson>> people) {
        Map<String, Integer> counts = new HashMap<>();
        List<ForeignPerson> order = new ArrayList<>();
        for (List<ForeignPerson> sentence : people) {
            for (ForeignPerson p : sentence) {
                if (counts.merge(p.name(), 1, Integer::sum) == 1) {
                    order.add(p);
                }
            }
        }
        return order.stream().max((a, b) -> counts.get(a.name()) - counts.get(b.name()) != 0
                ? counts.get(a.name()) - counts.get(b.name()) : order.indexOf(b) - order.indexOf(a)).orElse(null);
    }

    private static boolean hasInteraction(ForeignDocument doc, int i) {
        return doc.bySentence().get(i).stream().anyMatch(m -> m.sense() instanceof Sense.Cue c && c.kind().isInteraction());
    }

    /**
     * A plan word before the first interaction word, or just after it ("会談を行う予定"); a visit word does not count
     * as first, for a visit frames what is reported ("during his visit to France, Wang Yi will meet ...").
     */
    private static boolean plannedInteraction(ForeignDocument doc, int i) {
        final int cue = firstInteraction(doc.bySentence().get(i));
        List<Mention> ms = doc.bySentence().get(i);
        return ms.stream().anyMatch(m -> m.sense() instanceof Sense.Cue c && c.kind() == CueKind.PLANNED
                && (m.from() < cue || sameClause(doc, cue, m)));
    }

    /** Nothing but words between the interaction word and a later plan word ("la réunion ... aura lieu", "会談を行う予定"). */
    private static boolean sameClause(ForeignDocument doc, int cueEndToken, Mention plan) {
        if (cueEndToken < 0 || cueEndToken > plan.from()) {
            return false;
        }
        String between = doc.between(doc.tokens().get(cueEndToken - 1).end(), plan.start());
        return between.chars().noneMatch(c -> ",，;；、:：(（".indexOf(c) >= 0);
    }

    /** The token after the first interaction word that is not a visit (the first visit word where there is no other). */
    private static int firstInteraction(List<Mention> ms) {
        int visit = -1;
        for (Mention m : ms) {
            if (m.sense() instanceof Sense.Cue c && c.kind().isInteraction()) {
                if (c.kind() != CueKind.VISIT) {
                    return m.to();
                }
                visit = visit < 0 ? m.to() : visit;
            }
        }
        return visit;
    }

    private List<Draft> drafts(ForeignDocument doc, int i, List<ForeignPerson> named, ForeignPerson principal,
                               List<Draft> earlier, Setting setting) {
        int cueStart = doc.bySentence().get(i).stream().filter(m -> m.sense() instanceof Sense.Cue c && c.kind().isInteraction())
                .mapToInt(Mention::start).findFirst().orElse(Integer.MAX_VALUE);
        List<ForeignPerson> sides = withPrincipal(oneEachCountry(named, earlier), principal, doc.sentences().get(i).start(), cueStart);
        if (sides.size() < 2) {
            return List.of();
        }
        CueKind channel = doc.has(i, CueKind.VIDEO) ? CueKind.VIDEO : doc.has(i, CueKind.PHONE) ? CueKind.PHONE : CueKind.MEET;
        boolean received = doc.has(i, CueKind.RECEIVE);
        Location place = SentencePlaces.find(doc, doc.bySentence().get(i)).orElse(null);
        List<List<ForeignPerson>> groups = new ArrayList<>();
        if (sides.size() > 2 && !doc.has(i, CueKind.JOINT)) {
            sides.subList(1, sides.size()).forEach(c -> groups.add(List.of(sides.get(0), c)));
        } else {
            groups.add(sides);
        }
        List<Draft> out = new ArrayList<>();
        for (List<ForeignPerson> g : groups) {
            out.add(new Draft(g, i, channel, received, place, date(doc, i, g.get(g.size() - 1).start(), setting)));
        }
        return out;
    }

    /**
     * A sentence that names one side only, after the interaction word ("... met the Turkish minister Cavusoglu"),
     * speaks of the principal's meeting; one whose only named person comes first is that person's own.
     */
    private static List<ForeignPerson> withPrincipal(List<ForeignPerson> sides, ForeignPerson principal, int at, int cueStart) {
        if (sides.size() == 1 && principal != null && !sameCountry(principal, sides.get(0)) && sides.get(0).start() > cueStart) {
            return List.of(new ForeignPerson(principal.name(), principal.country(), List.of(), at, at), sides.get(0));
        }
        return sides;
    }

    /**
     * One person for each state the sentence names: the first named, unless another of that state is already a party
     * to an interaction the text reported (the minister who met us, not the vice president he mentioned).
     */
    private static List<ForeignPerson> oneEachCountry(List<ForeignPerson> named, List<Draft> earlier) {
        List<ForeignPerson> sides = new ArrayList<>();
        for (ForeignPerson p : named) {
            int same = indexOfSameCountry(sides, p);
            if (same < 0) {
                sides.add(p);
            } else if (!party(sides.get(same), earlier) && party(p, earlier)) {
                sides.set(same, p);
            }
        }
        return sides;
    }

    private static int indexOfSameCountry(List<ForeignPerson> sides, ForeignPerson p) {
        for (int k = 0; k < sides.size(); k++) {
            if (sameCountry(sides.get(k), p)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean party(ForeignPerson p, List<Draft> drafts) {
        return drafts.stream().anyMatch(d -> d.names().contains(p.name()));
    }

    private static boolean sameCountry(ForeignPerson a, ForeignPerson b) {
        return a.name().equals(b.name()) || a.country() != null && a.country().equals(b.country());
    }

    /** The date written last before the counterpart ("23 января ... с Ираном, а 22 января с ..."), else the sentence's first. */
    private LocalDate date(ForeignDocument doc, int i, int before, Setting setting) {
        List<DateExpression> dates = doc.datesIn(i);
        DateExpression chosen = null;
        for (DateExpression d : dates) {
            if (d.start() < before) {
                chosen = d;
            }
        }
        if (chosen == null && !dates.isEmpty()) {
            chosen = dates.get(0);
        }
        return chosen == null ? null : day(chosen, setting);
    }

    private LocalDate day(DateExpression d, Setting setting) {
        Optional<LocalDate> day = days.resolve(d, setting.anchor(), setting.published(), setting.year());
        if (day.isEmpty() || setting.published() && day.get().isAfter(setting.anchor().plusDays(1))) {
            return null;
        }
        return day.get();
    }

    private static void merge(List<Draft> drafts, Draft d) {
        for (int k = 0; k < drafts.size(); k++) {
            Draft earlier = drafts.get(k);
            if (earlier.sameParties(d)) {
                drafts.set(k, new Draft(earlier.participants(), earlier.sentence(), earlier.channel(), earlier.received() || d.received(),
                        earlier.location() != null ? earlier.location() : d.location(),
                        earlier.date() != null ? earlier.date() : d.date()));
                return;
            }
        }
        drafts.add(d);
    }

    private Draft completed(Draft d, Draft previous, ForeignDocument doc, List<List<ForeignPerson>> people,
                            List<Integer> unattached, boolean[] planned, List<Draft> drafts, Setting setting) {
        List<Integer> around = unattached.stream().filter(u -> owner(u, drafts) == d.sentence()).toList();
        List<Integer> about = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (!planned[i] && i != d.sentence() && people.get(i).stream().anyMatch(p -> d.names().contains(p.name()))) {
                about.add(i);
            }
        }
        Location location = d.location();
        if (location == null && d.inPerson()) {
            location = firstPlace(doc, around)
                    .or(() -> Optional.ofNullable(previous == null || !previous.inPerson() ? null : previous.location()))
                    .or(() -> firstPlace(doc, about.stream().filter(i -> hasInteraction(doc, i)).toList()))
                    .orElse(setting.dateline());
        }
        LocalDate date = d.date();
        if (date == null) {
            date = firstDate(doc, around, setting).or(() -> firstDate(doc, about, setting)).orElse(null);
        }
        return d.with(location, date);
    }

    /** The draft an unattached sentence belongs to: the last one reported before it, else the first. */
    private static int owner(int sentence, List<Draft> drafts) {
        int owner = drafts.isEmpty() ? -1 : drafts.get(0).sentence();
        for (Draft d : drafts) {
            if (d.sentence() < sentence) {
                owner = d.sentence();
            }
        }
        return owner;
    }

    private static Optional<Location> firstPlace(ForeignDocument doc, List<Integer> sentences) {
        for (int i : sentences) {
            Optional<Location> l = SentencePlaces.find(doc, doc.bySentence().get(i));
            if (l.isPresent()) {
                return l;
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> firstDate(ForeignDocument doc, List<Integer> sentences, Setting setting) {
        for (int i : sentences) {
            for (DateExpression d : doc.datesIn(i)) {
                LocalDate day = day(d, setting);
                if (day != null) {
                    return Optional.of(day);
                }
            }
        }
        return Optional.empty();
    }

    private static Event event(Draft d, ForeignDocument doc) {
        List<Participant> participants = d.participants().stream()
                .map(p -> new Participant(p.name(), p.country(), p.roles())).toList();
        Set<String> countries = new LinkedHashSet<>();
        d.participants().forEach(p -> {
            if (p.country() != null) {
                countries.add(p.country());
            }
        });
        EventMode mode;
        Location location = null;
        String host = null;
        if (d.channel() == CueKind.PHONE || d.channel() == CueKind.VIDEO) {
            mode = d.channel() == CueKind.PHONE ? EventMode.PHONE : EventMode.VIDEO;
        } else if (d.location() != null && d.location().country() != null) {
            location = d.location();
            host = location.country();
            mode = countries.contains(host) ? EventMode.VISIT : EventMode.THIRD_LOCATION;
        } else {
            host = impliedHost(d);
            mode = host == null ? EventMode.UNKNOWN : EventMode.VISIT;
            location = host == null ? null : new Location(null, null, host);
        }
        return new Event(mode, d.date(), location, host, null, participants, doc.sentences().get(d.sentence()));
    }

    private static String impliedHost(Draft d) {
        List<ForeignPerson> ps = d.participants();
        if (ps.size() == 2) {
            for (int k = 0; k < 2; k++) {
                if (ps.get(k).roles().stream().anyMatch(r -> r.toLowerCase(java.util.Locale.ROOT).contains(AMBASSADOR))) {
                    return ps.get(1 - k).country();
                }
            }
        }
        return d.received() ? ps.get(0).country() : null;
    }
}
