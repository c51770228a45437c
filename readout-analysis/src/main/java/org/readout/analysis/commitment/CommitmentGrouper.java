package org.readout.analysis.commitment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.readout.analysis.StatementRef;
import org.readout.analysis.text.AverageLinkage;
import org.readout.analysis.text.ContentWords;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

/**
 * Groups the commitments each state has made across meetings: "import more Vietnamese agricultural
 * products" (2021), "increase purchases of Vietnam's farm produce" (2023). Per state, average-linkage
 * clustering of the statements' content words ({@link ContentWords}); two statements whose topics
 * are both known and disjoint never count as alike. Commitments are statements of kind commitment,
 * and agreements worded as promises ({@link PromiseCues}), which count for each of the meeting's
 * states. Groups come most repeated first. Immutable and thread-safe.
 */
public final class CommitmentGrouper {
    /** Average weighted-Dice similarity at which two groups are one promise. */
    public static final double THRESHOLD = 0.4;

    private final ContentWords words;
    private final PromiseCues promises;
    private final double threshold;

    public CommitmentGrouper() {
        this(ContentWords.bundled(), PromiseCues.bundled(), THRESHOLD);
    }

    public CommitmentGrouper(ContentWords words, PromiseCues promises, double threshold) {
        this.words = Objects.requireNonNull(words, "words");
        this.promises = Objects.requireNonNull(promises, "promises");
        this.threshold = threshold;
    }

    public List<CommitmentGroup> group(Collection<StatementRef> statements) {
        Map<String, List<Promise>> byCountry = new TreeMap<>();
        statements.stream().sorted(Comparator.comparing(StatementRef::key))
                .forEach(s -> promisers(s).forEach(c -> byCountry.computeIfAbsent(c, k -> new ArrayList<>())
                        .add(Promise.of(s, c, words))));
        List<CommitmentGroup> groups = new ArrayList<>();
        byCountry.forEach((country, promised) -> AverageLinkage.cluster(similarities(promised), threshold)
                .forEach(c -> groups.add(GroupSummary.of(country, c.stream().map(promised::get).toList()))));
        groups.sort(Comparator.comparingInt(CommitmentGroup::meetings).reversed()
                .thenComparing(Comparator.comparingInt(CommitmentGroup::documents).reversed())
                .thenComparing(CommitmentGroup::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CommitmentGroup::id));
        return groups;
    }

    /** The states that a statement commits: its speaker's, or each party's to a promise "both" made. */
    private List<String> promisers(StatementRef ref) {
        Statement s = ref.statement();
        boolean both = Statement.BOTH_COUNTRY.equals(s.country());
        if (s.kind() == StatementKind.COMMITMENT && s.country() != null && !both) {
            return List.of(s.country());
        }
        boolean jointPromise = both && (s.kind() == StatementKind.COMMITMENT
                || s.kind() == StatementKind.AGREEMENT && promises.promises(s.text()));
        return jointPromise ? ref.parties() : List.of();
    }

    private static double[][] similarities(List<Promise> promised) {
        int n = promised.size();
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s[i][j] = promised.get(i).similarity(promised.get(j));
                s[j][i] = s[i][j];
            }
        }
        return s;
    }
}
