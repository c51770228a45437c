package org.readout.extract.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.text.Fold;

/**
 * Finds the formal names of a relationship: "comprehensive strategic cooperative partnership",
 * "community with a shared future that carries strategic significance", "strategic partner",
 * "constructive and stable relationship fit for the new era". Labels of another pair ("the
 * ASEAN-China comprehensive strategic partnership"), of all humanity ("a community with a shared
 * future for mankind") and names of a treaty or body ("the Strategic Partnership Council") are left out.
 */
public final class RelationshipLabelFinder {
    private static final String MODIFIERS = "(?:(?:comprehensive|strategic|cooperative|global|special|privileged|all-round|"
            + "all-weather|enhanced|extensive|key|good-neighbou?rly|friendly|traditional|time-tested|dynamic|especially privileged)"
            + "(?:,?\\s+(?:and\\s+)?)){1,8}";
    // At most eight modifiers: an unbounded run recursed per word (a stack overflow on 20 KB of "comprehensive ")
    // and was read again from each of its words. The look-ahead for the first letters of every alternative spares
    // the rest of the pattern at most places.
    private static final Pattern PARTNERSHIP = Pattern.compile(
            "(?i)(?=[acdefghkmpst])(?<![\\w-])(" + MODIFIERS + "(?:partnership|partners?)(?! of the)|" + "community (?:with|of) (?:a )?shared future"
            + "(?: (?:that (?:carries|bears) strategic significance|(?:of|with) strategic significance))?"
            + "|(?:(?:constructive|stable|healthy|sound|mature)(?:,? (?:and )?)){1,3}(?:\\p{Lu}\\p{L}+[-–]\\p{Lu}\\p{L}+ )?"
            + "relations(?:hip)? fit for the new era)");
    // "a community with a shared future for mankind" is everyone's; "the Strategic Partnership Council" is a body
    private static final Pattern NOT_THE_PAIRS = Pattern.compile("(?i)^(?: for (?:all )?(?:mankind|humanity)| (?:council|agreement|treaty|"
            + "dialogue|forum|framework|declaration|fund)\\b)");
    private static final Pattern TREATY_BEFORE = Pattern.compile("(?i)\\b(?:treaty|agreement|declaration|charter) (?:on|of) (?:the )?$");
    /** Words one of which every label holds, in some case. */
    private static final List<String> ANCHORS = List.of("partner", "shared future", "new era");
    private static final Pattern OTHER_PAIR = Pattern.compile("(?i)(asean|eu|african union|mekong|lancang)[-–\\s]+(?:\\p{L}+[-–\\s]+)?$");

    public List<String> find(String text) {
        List<String> labels = new ArrayList<>();
        // A label holds no full stop and one of these words: only the stretches between stops that hold one are
        // searched, far fewer than the page's characters.
        Matcher m = PARTNERSHIP.matcher(text).useTransparentBounds(true);
        for (int from = 0; from < text.length(); ) {
            int stop = text.indexOf('.', from);
            int to = stop < 0 ? text.length() : stop;
            if (holdsAnchor(text, from, to)) {
                m.region(from, to);
                while (m.find()) {
                    label(text, m, labels);
                }
            }
            from = to + 1;
        }
        return labels;
    }

    private static boolean holdsAnchor(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = (char) (text.charAt(i) | 0x20); // the patterns' case-insensitivity is ASCII's
            for (String anchor : ANCHORS) {
                if (c == anchor.charAt(0) && i + anchor.length() <= to && text.regionMatches(true, i, anchor, 0, anchor.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void label(String text, Matcher m, List<String> labels) {
        String before = text.substring(Math.max(0, m.start() - 25), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 25));
        if (OTHER_PAIR.matcher(before).find() || TREATY_BEFORE.matcher(before).find() || NOT_THE_PAIRS.matcher(after).find()) {
            return;
        }
        String label = m.group(1).strip();
        if (label.toLowerCase(Locale.ROOT).equals("strategic partners")) {
            return;
        }
        add(labels, label);
    }

    // The same label twice, or once cut short ("community with a shared future" inside "... that carries strategic significance"): keep the fuller.
    private static void add(List<String> labels, String label) {
        String key = Fold.key(label);
        for (int i = 0; i < labels.size(); i++) {
            String other = Fold.key(labels.get(i));
            if (other.startsWith(key)) {
                return;
            }
            if (key.startsWith(other)) {
                labels.set(i, label);
                return;
            }
            if (similar(key, other)) {
                return;
            }
        }
        labels.add(label);
    }

    private static boolean similar(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>(List.of(a.split(" ")));
        java.util.Set<String> y = new java.util.HashSet<>(List.of(b.split(" ")));
        java.util.Set<String> inter = new java.util.HashSet<>(x);
        inter.retainAll(y);
        java.util.Set<String> union = new java.util.HashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size() >= 0.7;
    }
}
