package org.readout.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges accounts of the same interaction into meetings (see {@link AccountMatcher} for when two
 * accounts may be one interaction). An account joins a meeting only if it matches every account
 * already there, so that chains of near-matches do not pull different meetings together; it never
 * holds two events of one document. The result does not depend on the order of the input.
 * Thread-safe and stateless.
 */
public final class MeetingMerger {
    /** The most days apart that two dated accounts of one meeting can be: what a search for an account's partners must cover. */
    public static final int MAX_DAYS_APART = AccountMatcher.FEW_DAYS_APART;
    private static final Comparator<Account> BY_DATE = Comparator
            .comparing((Account a) -> a.event().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Account::key);

    private final AccountMatcher matcher = new AccountMatcher();
    private final MeetingAssembler assembler;

    public MeetingMerger() {
        this(RoleVariants.bundled());
    }

    /** With a user's table of role spellings that mean the same title (see {@link RoleVariants}). */
    public MeetingMerger(RoleVariants roles) {
        this.assembler = new MeetingAssembler(Objects.requireNonNull(roles, "roles"));
    }

    public List<Meeting> merge(Collection<Account> accounts) {
        List<List<Account>> clusters = new ArrayList<>();
        accounts.stream().sorted(BY_DATE).forEach(a -> target(clusters, a)
                .ifPresentOrElse(c -> c.add(a), () -> clusters.add(new ArrayList<>(List.of(a)))));
        return clusters.stream().map(assembler::assemble)
                .sorted(Comparator.comparing(Meeting::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Meeting::id))
                .toList();
    }

    private Optional<List<Account>> target(List<List<Account>> clusters, Account a) {
        List<List<Account>> fits = clusters.stream()
                .filter(c -> c.stream().allMatch(m -> matcher.matches(a, m))).toList();
        if (a.event().date() == null) {
            // Without a date, a choice between two meetings would be a guess.
            return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
        }
        return fits.stream().min(Comparator.comparingLong(c -> daysFrom(a.event().date(), c)));
    }

    private static long daysFrom(LocalDate date, List<Account> cluster) {
        return cluster.stream().map(m -> m.event().date()).filter(Objects::nonNull)
                .mapToLong(d -> Math.abs(ChronoUnit.DAYS.between(date, d))).min().orElse(Long.MAX_VALUE);
    }
}
