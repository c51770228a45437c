package org.readout.extract.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.person.People;
import org.readout.extract.text.Sentence;
import org.readout.model.Event;
import org.readout.model.Participant;

/**
 * Groups the interactions a document reports into events (one per meeting or call), then has the
 * {@link EventFramer} give each its date, place, mode, host and occasion. A round-up of one
 * minister's meetings with several counterparts gives several events; sentences naming only the
 * minister ("held a series of meetings on Wednesday in New Delhi") lend their date and place to
 * all of them.
 */
public final class EventDetector {
    private final InteractionFinder interactions;
    private final EventFramer framer;

    public EventDetector(Knowledge knowledge) {
        this.interactions = new InteractionFinder(knowledge.countries());
        this.framer = new EventFramer(knowledge);
    }

    public List<Event> detect(List<Sentence> sentences, People people, DocumentHeader header) {
        List<Interaction> found = interactions.find(sentences, people);
        List<Group> groups = new ArrayList<>();
        List<Interaction> context = new ArrayList<>();
        for (Interaction i : found) {
            if (countries(i.persons(), people) < 2) {
                context.add(i);
                continue;
            }
            groups.stream().filter(g -> g.accepts(i, people)).findFirst()
                    .ifPresentOrElse(g -> g.add(i), () -> groups.add(new Group(i)));
        }
        List<EventSeed> seeds = new ArrayList<>();
        for (Group g : groups) {
            List<Participant> participants = g.persons.stream().map(people::get)
                    .map(p -> new Participant(p.name(), p.country(), p.roles())).toList();
            List<Integer> related = context.stream().filter(c -> g.persons.containsAll(c.persons()))
                    .map(Interaction::sentence).toList();
            Channel channel = g.members.stream().map(Interaction::channel).filter(c -> c != Channel.IN_PERSON)
                    .findFirst().orElse(Channel.IN_PERSON);
            seeds.add(new EventSeed(participants, g.members.stream().map(Interaction::sentence).toList(), related, channel));
        }
        return framer.frame(seeds, context.stream().map(Interaction::sentence).toList(), sentences, header);
    }

    private static long countries(Collection<Integer> ids, People people) {
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

    /** Interactions about one meeting: the same persons, or one set inside the other. */
    private static final class Group {
        final List<Interaction> members = new ArrayList<>();
        final Set<Integer> persons = new LinkedHashSet<>();

        Group(Interaction first) {
            add(first);
        }

        void add(Interaction i) {
            members.add(i);
            persons.addAll(i.persons());
        }

        boolean accepts(Interaction i, People people) {
            if (persons.containsAll(i.persons()) || i.persons().containsAll(persons)) {
                return true;
            }
            Set<Integer> shared = new LinkedHashSet<>(i.persons());
            shared.retainAll(persons);
            return countries(shared, people) >= 2;
        }
    }
}
