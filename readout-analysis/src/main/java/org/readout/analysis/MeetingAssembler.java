package org.readout.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.readout.extract.text.Fold;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;

/**
 * Builds a meeting from the accounts of one interaction: for each field the value most accounts
 * give (ties: the earliest date, the more specific mode, the fuller place), and a conflict for
 * every field on which accounts that give a value disagree.
 */
final class MeetingAssembler {
    /** On a tie, in person before remote and video before phone: the rarer word is the likelier. */
    private static final List<EventMode> SPECIFIC_FIRST = List.of(EventMode.VISIT, EventMode.THIRD_LOCATION,
            EventMode.VIDEO, EventMode.PHONE);

    private final RoleVariants roles;

    MeetingAssembler(RoleVariants roles) {
        this.roles = roles;
    }

    Meeting assemble(List<Account> cluster) {
        List<Account> accounts = cluster.stream().sorted(Comparator.comparing(Account::key)).toList();
        List<ParticipantMerger.Person> people = ParticipantMerger.people(accounts);
        List<Participant> merged = people.stream().map(p -> p.merged(roles)).toList();
        List<String> countries = merged.stream().map(Participant::country).filter(Objects::nonNull)
                .distinct().sorted().toList();
        List<Conflict> conflicts = new ArrayList<>();
        conflict("date", accounts, a -> Objects.toString(a.event().date(), null), Function.identity())
                .ifPresent(conflicts::add);
        conflict("city", accounts, a -> location(a).map(Location::city).orElse(null), Fold::compact)
                .ifPresent(conflicts::add);
        conflict("country", accounts, a -> location(a).map(Location::country).orElse(null), Function.identity())
                .ifPresent(conflicts::add);
        conflict("mode", accounts, MeetingAssembler::modeName, Function.identity()).ifPresent(conflicts::add);
        people.forEach(p -> p.roleConflict(roles).ifPresent(conflicts::add));
        return new Meeting(Ids.of("m", accounts.get(0).key()), date(accounts), mode(accounts), location(accounts),
                countries, merged, accounts, conflicts);
    }

    private static LocalDate date(List<Account> accounts) {
        return Majority.of(accounts.stream().map(a -> a.event().date()).filter(Objects::nonNull).toList(),
                Comparator.naturalOrder()).orElse(null);
    }

    private static EventMode mode(List<Account> accounts) {
        return Majority.of(accounts.stream().map(a -> a.event().mode()).filter(m -> m != EventMode.UNKNOWN).toList(),
                Comparator.comparingInt(SPECIFIC_FIRST::indexOf)).orElse(EventMode.UNKNOWN);
    }

    private static Location location(List<Account> accounts) {
        List<Location> places = accounts.stream().map(MeetingAssembler::location).flatMap(Optional::stream).toList();
        List<Location> withCity = places.stream().filter(l -> l.city() != null).toList();
        Comparator<Location> fuller = Comparator.comparingInt(MeetingAssembler::blanks);
        if (!withCity.isEmpty()) {
            return Majority.of(withCity, l -> Fold.compact(l.city()), fuller).orElseThrow();
        }
        return Majority.of(places.stream().filter(l -> l.country() != null).toList(), Location::country, fuller)
                .orElse(null);
    }

    private static int blanks(Location l) {
        return (l.city() == null ? 1 : 0) + (l.region() == null ? 1 : 0) + (l.country() == null ? 1 : 0);
    }

    private static Optional<Location> location(Account a) {
        return Optional.ofNullable(a.event().location());
    }

    private static String modeName(Account a) {
        EventMode mode = a.event().mode();
        return mode == EventMode.UNKNOWN ? null : mode.name().toLowerCase(Locale.ROOT);
    }

    /** Each account's value where it gives one; a conflict if two differ by {@code key}. */
    private static Optional<Conflict> conflict(String field, List<Account> accounts, Function<Account, String> value,
                                               Function<String, String> key) {
        Map<String, String> values = new LinkedHashMap<>();
        accounts.forEach(a -> Optional.ofNullable(value.apply(a)).ifPresent(v -> values.put(a.key(), v)));
        long distinct = values.values().stream().map(key).distinct().count();
        return distinct > 1 ? Optional.of(new Conflict(field, values)) : Optional.empty();
    }
}
