package org.readout.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.knowledge.City;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.Whitespace;
import org.readout.model.Location;

/**
 * One document as the framing of its events reads it.
 *
 * @param unattached sentences that tell of a meeting without naming both sides, for a story of one event
 * @param reported   the sentences that report one of the story's events
 * @param single     whether the story reports one event only
 * @param captions   the sentences that caption a photo, often of another day's meeting
 */
record Story(List<Sentence> sentences, DocumentHeader header, StoryDates dates, List<Integer> unattached,
             Set<Integer> reported, boolean single, Set<Integer> captions) {
    private static final int LEAD_SENTENCES = 3;
    private static final int LEAD_MIN_WORDS = 8;
    /** A photo's caption: "(L)", "(Photo: ...)", "Image Credit", often of another day's meeting. */
    private static final Pattern CAPTION = Pattern.compile(
            "\\((?:L|R|C|left|right|centre|center|front)\\)|(?i:\\bphoto\\b|image credit|pic\\.twitter)");

    Story {
        sentences = List.copyOf(sentences);
        unattached = List.copyOf(unattached);
        reported = Set.copyOf(reported);
        captions = Set.copyOf(captions);
    }

    Story(List<Sentence> sentences, DocumentHeader header, StoryDates dates, List<Integer> unattached,
          Set<Integer> reported, boolean single) {
        this(sentences, header, dates, unattached, reported, single, sentences.stream()
                .filter(s -> mayBeCaption(s.text()) && CAPTION.matcher(s.text()).find()).map(Sentence::index)
                .collect(Collectors.toSet()));
    }

    // Every caption mark has a bracket or a 'p' or an 'i' in it; the pattern's case-insensitive words cost more to look for.
    private static boolean mayBeCaption(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || (c == 'p' || c == 'P') && (text.regionMatches(true, i, "photo", 0, 5) || text.regionMatches(true, i, "pic.", 0, 4))
                    || (c == 'i' || c == 'I') && text.regionMatches(true, i, "image", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    String text(int sentence) {
        return sentences.get(sentence).text();
    }

    /** The sentences less photo captions. */
    List<Integer> withoutCaptions(List<Integer> indices) {
        return indices.stream().filter(i -> !captions.contains(i)).toList();
    }

    List<Integer> all() {
        return sentences.stream().map(Sentence::index).toList();
    }

    /** The story's opening sentences (menus and headlines aside), where a report says where things happen. */
    List<Integer> lead() {
        return sentences.stream().filter(s -> Whitespace.RUNS.split(s.text().strip()).length >= LEAD_MIN_WORDS)
                .limit(LEAD_SENTENCES).map(Sentence::index).toList();
    }

    City datelineCity() {
        return header.dateline() == null ? null : header.dateline().city();
    }

    Optional<Location> datelinePlace() {
        City c = datelineCity();
        return c == null ? Optional.empty() : Optional.of(new Location(c.name(), null, c.country()));
    }
}
