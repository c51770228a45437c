package org.readout.analysis.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Agglomerative clustering with average linkage, stopped where no two clusters are at least
 * {@code threshold} alike on average. Runs the nearest-neighbour chain (Murtagh 1983): O(n^2)
 * time, the n x n matrix of similarities in memory. Because average linkage is reducible, the
 * clusters are those of the textbook closest-pair-first procedure. Ties go to the lower index,
 * so the result is a function of the input order.
 */
public final class AverageLinkage {
    private AverageLinkage() {
    }

    /** Clusters of item indexes, each sorted, in the order of their smallest index. */
    public static List<List<Integer>> cluster(double[][] similarity, double threshold) {
        int n = similarity.length;
        double[][] s = Arrays.stream(similarity).map(double[]::clone).toArray(double[][]::new);
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        boolean[] open = new boolean[n]; // still in play: neither merged away nor finished
        Arrays.fill(open, true);
        Deque<Integer> chain = new ArrayDeque<>();
        while (true) {
            if (chain.isEmpty()) {
                int start = firstOpen(open);
                if (start < 0) {
                    break;
                }
                chain.push(start);
            }
            int a = chain.peek();
            int previous = chain.size() > 1 ? secondOf(chain) : -1;
            int b = nearest(s, open, a, previous);
            if (b < 0) {
                open[a] = false; // alone: nothing left to join
                chain.pop();
            } else if (b != previous) {
                chain.push(b);
            } else {
                chain.pop();
                chain.pop();
                if (s[a][b] >= threshold) {
                    merge(s, members, open, b, a);
                } else {
                    open[a] = false; // reciprocal nearest below the threshold: neither will ever join
                    open[b] = false;
                }
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        members.stream().filter(m -> !m.isEmpty()).forEach(m -> clusters.add(m.stream().sorted().toList()));
        clusters.sort(java.util.Comparator.comparing(c -> c.get(0)));
        return clusters;
    }

    private static int secondOf(Deque<Integer> chain) {
        var it = chain.iterator();
        it.next();
        return it.next();
    }

    private static int firstOpen(boolean[] open) {
        for (int i = 0; i < open.length; i++) {
            if (open[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The most similar open cluster to {@code a}; the chain's previous one wins a tie, so the chain ends. */
    private static int nearest(double[][] s, boolean[] open, int a, int previous) {
        int best = previous;
        for (int k = 0; k < s.length; k++) {
            if (k != a && open[k] && (best < 0 || s[a][k] > s[a][best])) {
                best = k;
            }
        }
        return best;
    }

    /** Folds cluster {@code from} into {@code into}; average similarities by the Lance-Williams update. */
    private static void merge(double[][] s, List<List<Integer>> members, boolean[] open, int into, int from) {
        double wi = members.get(into).size();
        double wf = members.get(from).size();
        for (int k = 0; k < s.length; k++) {
            double avg = (wi * s[into][k] + wf * s[from][k]) / (wi + wf);
            s[into][k] = avg;
            s[k][into] = avg;
        }
        members.get(into).addAll(members.get(from));
        members.get(from).clear();
        open[from] = false;
    }
}
