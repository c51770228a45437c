package org.readout.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readout.analysis.text.ContentWords;
import org.readout.analysis.text.Terms;
import org.readout.model.Statement;

/**
 * Lines up the statements of a meeting's accounts: the most alike pair of statements from two
 * accounts first, each account contributing at most one statement to a line. Alike: shared content
 * words ({@link ContentWords}), a little more for the same kind, nothing for different speakers' states.
 */
final class StatementMatcher {
    static final double THRESHOLD = 0.35;
    static final double SAME_KIND_BONUS = 0.1;

    private record Item(int side, String account, Statement statement, Terms terms) {
    }

    private record Pair(int a, int b, double similarity) {
    }

    private final ContentWords words;

    StatementMatcher(ContentWords words) {
        this.words = words;
    }

    List<StatementMatch> match(List<Side> sides) {
        List<Item> items = new ArrayList<>();
        for (int s = 0; s < sides.size(); s++) {
            for (Statement st : sides.get(s).statements()) {
                items.add(new Item(s, sides.get(s).accountKey(), st, words.of(st.text())));
            }
        }
        int[] group = new int[items.size()];
        double[] weakest = new double[items.size()];
        List<Set<Integer>> sidesOf = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            group[i] = i;
            weakest[i] = 1;
            sidesOf.add(new HashSet<>(Set.of(items.get(i).side())));
        }
        for (Pair p : pairs(items)) {
            int ga = group[p.a()];
            int gb = group[p.b()];
            if (ga != gb && sidesOf.get(ga).stream().noneMatch(sidesOf.get(gb)::contains)) {
                for (int i = 0; i < group.length; i++) {
                    group[i] = group[i] == gb ? ga : group[i];
                }
                sidesOf.get(ga).addAll(sidesOf.get(gb));
                weakest[ga] = Math.min(Math.min(weakest[ga], weakest[gb]), p.similarity());
            }
        }
        Map<Integer, Map<String, Statement>> lines = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            lines.computeIfAbsent(group[i], g -> new LinkedHashMap<>()).put(items.get(i).account(), items.get(i).statement());
        }
        List<StatementMatch> matches = new ArrayList<>();
        lines.forEach((g, line) -> matches.add(new StatementMatch(line, weakest[g])));
        return matches;
    }

    private static List<Pair> pairs(List<Item> items) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (items.get(i).side() != items.get(j).side()) {
                    double s = similarity(items.get(i), items.get(j));
                    if (s >= THRESHOLD) {
                        pairs.add(new Pair(i, j, s));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        return pairs;
    }

    private static double similarity(Item x, Item y) {
        if (!sameSpeakerState(x.statement().country(), y.statement().country())) {
            return 0;
        }
        double bonus = x.statement().kind() == y.statement().kind() ? SAME_KIND_BONUS : 0;
        return Math.min(1, x.terms().similarity(y.terms()) + bonus);
    }

    /** Unknown or "both" fits either side's speaker; two named states must be one. */
    private static boolean sameSpeakerState(String a, String b) {
        return a == null || b == null || Statement.BOTH_COUNTRY.equals(a) || Statement.BOTH_COUNTRY.equals(b)
                || a.equals(b);
    }
}
