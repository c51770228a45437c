package org.readout.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    static SeedSentences of(EventSeed seed, Story story, SentenceWords words) {
        List<Pattern> names = new ArrayList<>();
        Set<Integer> positions = new TreeSet<>();
        boolean everywhere = false;
        for (Participant p : seed.participants()) {
            List<String> nameWords = nameWords(p);
            if (!nameWords.isEmpty()) {
                names.add(Pattern.compile("\\b(?:" + nameWords.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b"));
            }
            for (String w : nameWords) {
                int run = SentenceWords.runEnd(w, 0);
                everywhere |= run == 0;
                positions.addAll(words.of(w.substring(0, run)));
            }
        }
        Set<Integer> known = new LinkedHashSet<>(seed.evidence());
        known.addAll(seed.related());
        List<Integer> about = new ArrayList<>();
        List<Integer> both = new ArrayList<>();
        // only the sentences that have the first letters of a name word can match its pattern
        Iterable<Integer> candidates = everywhere ? IntStream.range(0, story.sentences().size()).boxed().toList() : positions;
        for (int position : candidates) {
            int i = story.sentences().get(position).index();
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
    private static List<String> nameWords(Participant p) {
        List<String> words = new ArrayList<>();
        for (String w : NAME_SPLIT.split(p.name())) {
            if (w.length() >= MIN_NAME_WORD && Character.isUpperCase(w.codePointAt(0)) && !HONORIFICS.contains(w)) {
                words.add(w);
            }
        }
        return words;
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
