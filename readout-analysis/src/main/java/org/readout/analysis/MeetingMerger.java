package org.readout.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.readout.model.EventMode;
import org.readout.model.Participant;

/**
 * Merges accounts of the same interaction into meetings: same states, dates at most a day apart
 * (one side often dates it a day later), in person or remote alike, never two events of one document.
 * Thread-safe and stateless.
 */
public final class MeetingMerger {
    private static final int MAX_DAYS_APART = 1;

    public List<Meeting> merge(Collection<Account> accounts) {
        List<Account> ordered = new ArrayList<>(accounts);
        ordered.sort(Comparator.comparing((Account a) -> a.event().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Account::key));
        List<List<Account>> clusters = new ArrayList<>();
        for (Account a : ordered) {
            clusters.stream().filter(c -> joins(c, a)).findFirst()
                    .ifPresentOrElse(c -> c.add(a), () -> clusters.add(new ArrayList<>(List.of(a))));
        }
        return clusters.stream().map(MeetingMerger::meeting)
                .sorted(Comparator.comparing(Meeting::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Meeting::id))
                .toList();
    }

    private static boolean joins(List<Account> cluster, Account a) {
        Account first = cluster.get(0);
        if (cluster.stream().anyMatch(c -> c.documentId().equals(a.documentId()))) {
            return false;
        }
        if (!countries(first).equals(countries(a)) || countries(a).size() < 2) {
            return false;
        }
        LocalDate d1 = first.event().date();
        LocalDate d2 = a.event().date();
        if (d1 == null || d2 == null || Math.abs(ChronoUnit.DAYS.between(d1, d2)) > MAX_DAYS_APART) {
            return false;
        }
        return remote(first.event().mode()) == remote(a.event().mode());
    }

    private static boolean remote(EventMode mode) {
        return mode == EventMode.PHONE || mode == EventMode.VIDEO;
    }

    static TreeSet<String> countries(Account a) {
        TreeSet<String> set = new TreeSet<>();
        a.event().participants().stream().map(Participant::country).filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    private static Meeting meeting(List<Account> cluster) {
        List<Account> accounts = cluster.stream().sorted(Comparator.comparing(Account::key)).toList();
        Account first = cluster.get(0);
        List<Conflict> conflicts = new ArrayList<>();
        conflict("date", accounts, a -> Objects.toString(a.event().date(), null)).ifPresent(conflicts::add);
        conflict("city", accounts, a -> a.event().location() == null ? null : a.event().location().city())
                .ifPresent(conflicts::add);
        conflict("mode", accounts, a -> a.event().mode().name().toLowerCase(java.util.Locale.ROOT))
                .ifPresent(conflicts::add);
        return new Meeting(id(accounts.get(0).key()), first.event().date(), first.event().mode(),
                first.event().location(), List.copyOf(countries(first)), first.event().participants(), accounts,
                conflicts);
    }

    private static java.util.Optional<Conflict> conflict(String field, List<Account> accounts,
                                                         java.util.function.Function<Account, String> value) {
        Map<String, String> values = new LinkedHashMap<>();
        accounts.forEach(a -> {
            String v = value.apply(a);
            if (v != null) {
                values.put(a.key(), v);
            }
        });
        return new TreeSet<>(values.values()).size() > 1 ? java.util.Optional.of(new Conflict(field, values))
                : java.util.Optional.empty();
    }

    /** "m" and 12 hex digits of the SHA-256 of the meeting's smallest account key. */
    static String id(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "m" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
