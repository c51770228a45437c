package org.readout.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.extract.date.DateRole;
import org.readout.extract.text.Sentence;

/**
 * The day an event took place: the one its own sentences give for the interaction (not for a
 * statement about it or a journey), else one its lent sentences give, else (for a story of one
 * event) the day a meeting of its kind was held, else one a sentence naming two of its
 * participants gives, else one a sentence about a participant's doings that are no other event of
 * the story gives, else the day one of them travelled to the other ("arrived in Tashkent on
 * December 21, where he was met by ..."), else the one full date the story gives near its
 * publication. A text that dates only the statement ("the ministry said on Friday") leaves the
 * day open.
 */
final class EventDates {
    private static final int NEAR_PUBLICATION_DAYS = 7;
    private static final Pattern TIME_AFTER = Pattern.compile("[\\s,|–-]*+(?:at\\s+)?\\d{1,2}[:.]\\d\\d");

    private final ChannelReader channels;

    EventDates(ChannelReader channels) {
        this.channels = channels;
    }

    Optional<LocalDate> read(SeedSentences sentences, Story story, Channel channel) {
        List<Integer> own = withBeginnings(sentences.own(), story);
        return vote(own, story, DateRole.INTERACTION)
                .or(() -> vote(own, story, DateRole.UNSAID))
                .or(() -> vote(sentences.lent(), story, DateRole.INTERACTION))
                .or(() -> vote(sentences.lent(), story, DateRole.UNSAID))
                .or(() -> vote(sameChannel(story.unattached(), story, channel), story, DateRole.INTERACTION))
                .or(() -> vote(sentences.both(), story, DateRole.INTERACTION))
                .or(() -> vote(unreported(sentences.about(), story), story, DateRole.INTERACTION))
                .or(() -> channel == Channel.IN_PERSON ? vote(concat(own, sentences.both()), story, DateRole.TRAVEL)
                        : Optional.empty())
                .or(() -> nearPublication(story));
    }

    // A sentence that starts in lower case or with a parenthesis was cut from the one before it
    // ("On November 8, commencing at 4:00 p.m. | (local time), the minister held ..."): that one is its beginning.
    private static List<Integer> withBeginnings(List<Integer> indices, Story story) {
        List<Integer> all = new ArrayList<>();
        for (int i : indices) {
            Sentence s = story.sentences().get(i);
            int first = s.text().isEmpty() ? 'A' : s.text().codePointAt(0);
            if (i > 0 && (Character.isLowerCase(first) || first == '(')
                    && story.sentences().get(i - 1).paragraph() == s.paragraph() && !all.contains(i - 1)) {
                all.add(i - 1);
            }
            all.add(i);
        }
        return all;
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // A participant's doings that are no event of the story: "Abiy conferred with leaders at the summit today".
    private static List<Integer> unreported(List<Integer> indices, Story story) {
        return indices.stream().filter(i -> !story.reported().contains(i)).toList();
    }

    // A meeting dates a meeting, a call a call: "the Egyptian minister had a meeting with X on Thursday" is not the
    // day of his phone call with Y.
    private List<Integer> sameChannel(List<Integer> indices, Story story, Channel channel) {
        return indices.stream().filter(i -> channels.remote(story.text(i)).orElse(Channel.IN_PERSON) == channel).toList();
    }

    // The day given most often; on a tie the one the whole story gives more often, then the first given.
    private static Optional<LocalDate> vote(List<Integer> indices, Story story, DateRole role) {
        Map<LocalDate, Integer> votes = new HashMap<>();
        List<LocalDate> order = new ArrayList<>();
        for (int i : indices) {
            for (StoryDates.Dated d : story.dates().in(i)) {
                if (d.role() == role) {
                    votes.merge(d.day(), 1, Integer::sum);
                    order.add(d.day());
                }
            }
        }
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Comparator<LocalDate> byVotes = Comparator.comparing(votes::get);
        Comparator<LocalDate> byStory = Comparator.comparing(day -> story.dates().timesGiven(day));
        Comparator<LocalDate> earlierFirst = Comparator.comparing((LocalDate day) -> order.indexOf(day)).reversed();
        return order.stream().max(byVotes.thenComparing(byStory).thenComparing(earlierFirst));
    }

    // The one full date the story gives near the publication date (a readout's own date line above it, most often),
    // unless it is a time stamp ("January 30, 2023, 10:16 PM") or a quoted post's.
    private static Optional<LocalDate> nearPublication(Story story) {
        LocalDate published = story.header().published();
        if (published == null) {
            return Optional.empty();
        }
        Set<LocalDate> near = new LinkedHashSet<>(story.dates().lines());
        for (Sentence s : story.sentences()) {
            for (StoryDates.Dated d : story.dates().in(s.index())) {
                boolean meeting = d.role() == DateRole.INTERACTION || d.role() == DateRole.UNSAID;
                int end = d.mention().span().end() - s.span().start();
                if (d.mention().isComplete() && !d.signed() && meeting
                        && !TIME_AFTER.matcher(s.text()).region(end, s.text().length()).lookingAt()) {
                    near.add(d.day());
                }
            }
        }
        near.removeIf(day -> day.isAfter(published) || day.isBefore(published.minusDays(NEAR_PUBLICATION_DAYS)));
        return near.size() == 1 ? Optional.of(near.iterator().next()) : Optional.empty();
    }
}
