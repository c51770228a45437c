package org.readout.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.readout.model.Participant;

/**
 * Lines up the participants of a meeting's accounts: one person per name as outlets spell it
 * ({@link PersonNames}), of one state where the accounts give it.
 */
final class ParticipantMerger {
    private ParticipantMerger() {
    }

    static List<Person> people(List<Account> accounts) {
        List<Person> people = new ArrayList<>();
        for (Account a : accounts) {
            for (Participant p : a.event().participants()) {
                people.stream().filter(person -> person.takes(a.key(), p)).findFirst()
                        .orElseGet(() -> add(people, new Person(new LinkedHashMap<>())))
                        .mentions().put(a.key(), p);
            }
        }
        return people;
    }

    private static Person add(List<Person> people, Person person) {
        people.add(person);
        return person;
    }

    /** One person as each account names them, by account key. */
    record Person(Map<String, Participant> mentions) {
        boolean takes(String accountKey, Participant p) {
            return !mentions.containsKey(accountKey) && mentions.values().stream().allMatch(q ->
                    PersonNames.same(p.name(), q.name())
                            && (p.country() == null || q.country() == null || p.country().equals(q.country())));
        }

        /** The commonest spelling (ties: the fullest), the commonest state, the most titles any account gives. */
        Participant merged(RoleVariants roles) {
            List<Participant> all = List.copyOf(mentions.values());
            String name = Majority.of(all.stream().map(Participant::name).toList(),
                    Comparator.comparingInt(String::length).reversed()).orElseThrow();
            String country = Majority.of(all.stream().map(Participant::country).filter(Objects::nonNull).toList(),
                    Comparator.naturalOrder()).orElse(null);
            List<String> titles = all.stream().max(Comparator.comparingInt(p -> roles.keys(p.roles()).size()))
                    .map(Participant::roles).orElse(List.of());
            return new Participant(name, country, titles);
        }

        /** A conflict where two accounts give titles and neither's titles include the other's. */
        Optional<Conflict> roleConflict(RoleVariants roles) {
            Map<String, Set<String>> keys = new LinkedHashMap<>();
            Map<String, String> shown = new LinkedHashMap<>();
            mentions.forEach((account, p) -> {
                if (!p.roles().isEmpty()) {
                    keys.put(account, roles.keys(p.roles()));
                    shown.put(account, String.join("; ", p.roles()));
                }
            });
            boolean differ = keys.values().stream().anyMatch(x -> keys.values().stream()
                    .anyMatch(y -> !x.containsAll(y) && !y.containsAll(x)));
            return differ ? Optional.of(new Conflict("role:" + merged(roles).name(), shown)) : Optional.empty();
        }
    }
}
