package org.readout.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.model.Participant;

/**
 * The sentences that may tell how, when and where one event took place, nearest first.
 *
 * @param own     the sentences that report it
 * @param lent    the sentences about a subset of its participants (a minister's "series of meetings")
 * @param about   the other sentences naming one of its participants
 * @param both    those of {@code about} that name two of them
 */
record SeedSentences(List<Integer> own, List<Integer> lent, List<Integer> about, List<Integer> both) {
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s.]+");
    private static final Set<String> HONORIFICS = Set.of("Datuk", "Dato", "Seri", "Sheikh", "Prince", "King", "Emir",
            "Tun", "Sir", "Dame", "His", "Her", "Excellency", "Majesty", "Highness");
    private static final int MIN_NAME_WORD = 4;

    SeedSentences {
        own = List.copyOf(own);
        lent = List.copyOf(lent);
        about = List.copyOf(about);
        both = List.copyOf(both);
    }

    static SeedSentences of(EventSeed seed, Story story) {
        List<Pattern> names = seed.participants().stream().map(SeedSentences::namePattern).filter(Objects::nonNull).toList();
        Set<Integer> known = new LinkedHashSet<>(seed.evidence());
        known.addAll(seed.related());
        List<Integer> about = new ArrayList<>();
        List<Integer> both = new ArrayList<>();
        for (int i : story.all()) {
            String text = story.text(i);
            long named = known.contains(i) ? 0 : names.stream().filter(p -> p.matcher(text).find()).count();
            if (named >= 1) {
                about.add(i);
            }
            if (named >= 2) {
                both.add(i);
            }
        }
        return new SeedSentences(seed.evidence(), seed.related(), about, both);
    }

    // Any word of a name that is not an honorific: "Anwar" and "Ibrahim" both name Datuk Seri Anwar Ibrahim.
    private static Pattern namePattern(Participant p) {
        List<String> words = new ArrayList<>();
        for (String w : NAME_SPLIT.split(p.name())) {
            if (w.length() >= MIN_NAME_WORD && Character.isUpperCase(w.codePointAt(0)) && !HONORIFICS.contains(w)) {
                words.add(Pattern.quote(w));
            }
        }
        return words.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", words) + ")\\b");
    }

    /** Its own and lent sentences. */
    List<Integer> near() {
        List<Integer> near = new ArrayList<>(own);
        near.addAll(lent);
        return near;
    }

    /** Its own, lent and other sentences about its participants. */
    List<Integer> all() {
        List<Integer> all = near();
        all.addAll(about);
        return all;
    }
}
