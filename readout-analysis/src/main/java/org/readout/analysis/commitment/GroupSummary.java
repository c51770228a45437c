package org.readout.analysis.commitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.readout.analysis.Ids;
import org.readout.analysis.StatementRef;

/** Sums up one cluster of promises as a {@link CommitmentGroup}. */
final class GroupSummary {
    private static final Comparator<StatementRef> BY_DATE = Comparator
            .comparing(StatementRef::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StatementRef::key);

    private GroupSummary() {
    }

    static CommitmentGroup of(String country, List<Promise> promised) {
        List<StatementRef> evidence = promised.stream().map(Promise::ref).sorted(BY_DATE).toList();
        List<LocalDate> dates = evidence.stream().map(StatementRef::date).filter(Objects::nonNull).sorted().toList();
        return new CommitmentGroup(
                Ids.of("c", country + "|" + evidence.stream().map(StatementRef::key).min(Comparator.naturalOrder()).orElseThrow()),
                country, representative(promised).ref().statement().text(),
                promised.stream().flatMap(p -> p.topics().stream()).distinct().sorted().toList(),
                dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
                occasions(evidence, dates), (int) evidence.stream().map(StatementRef::documentId).distinct().count(),
                evidence);
    }

    /** The promise most like all the others (the medoid); on a tie the earliest. */
    private static Promise representative(List<Promise> promised) {
        Comparator<Promise> central = Comparator.comparingDouble(
                p -> -promised.stream().mapToDouble(q -> q == p ? 0 : p.similarity(q)).sum());
        return promised.stream().min(central.thenComparing(Promise::ref, BY_DATE)).orElseThrow();
    }

    /** Dates a day apart are one occasion (one side dates it a day later); each undated document is one. */
    private static int occasions(List<StatementRef> evidence, List<LocalDate> dates) {
        long runs = IntStream.range(0, dates.size())
                .filter(i -> i == 0 || ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)) > 1).count();
        long undated = evidence.stream().filter(s -> s.date() == null).map(StatementRef::documentId).distinct().count();
        return (int) (runs + undated);
    }
}
