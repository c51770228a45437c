package org.readout.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.extract.date.DateFinder;
import org.readout.extract.date.DateResolver;
import org.readout.extract.date.DateRoles;
import org.readout.extract.date.PostSignatures;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.internal.Deadline;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.text.Sentence;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.Span;

/**
 * Gives each interaction of a document its date, place, mode, host and occasion. Its own sentences
 * speak first, then those of its participants' other doings (a minister's "series of meetings in
 * New Delhi on Tuesday" frames each of them), then the rest of the story (where a visitor arrived,
 * where the summit was held), then the dateline.
 */
public final class EventFramer {
    private static final Pattern MEETING_HELD = Pattern.compile(
            "\\b(?:meeting|talks|phone call|conversation)\\s+(?:took place|was held|were held)\\b");
    /** An event told as of the same day as the one before it: "Earlier, the Prime Minister received ...". */
    private static final Pattern SAME_DAY = Pattern.compile(
            "\\W*+(?:(?:earlier|later|meanwhile)(?: in the day| on the same day)?|on the same day"
            + "|after (?:the|their|his|her) (?:meeting|talks))\\b", Pattern.CASE_INSENSITIVE);
    /** A gathering: a side whose state the text does not tell is then not taken for the host. */
    private static final Pattern GATHERING = Pattern.compile("(?i)\\b(?:sidelines|margins|summit)\\b");

    private final PlaceFinder places;
    private final ChannelReader channels;
    private final OccasionReader occasions = new OccasionReader();
    private final VenueReader venues;
    private final EventDates days;
    private final DateFinder dateFinder = new DateFinder();
    private final DateResolver dateResolver = new DateResolver();
    private final DateRoles dateRoles = new DateRoles();
    private final PostSignatures postSignatures = new PostSignatures();

    public EventFramer(Knowledge knowledge) {
        this.places = new PlaceFinder(knowledge);
        this.channels = new ChannelReader(places);
        this.venues = new VenueReader(places, knowledge.countries(), knowledge.gatherings());
        this.days = new EventDates(channels);
    }

    /**
     * @param unattached sentences of interactions that made no event (one side only named), which may
     *                   date a document's single meeting
     */
    public List<Event> frame(List<EventSeed> seeds, List<Integer> unattached, List<Sentence> sentences, DocumentHeader header) {
        return frame(seeds, unattached, sentences, header, List.of(), Deadline.NONE);
    }

    /**
     * @param captions the texts of the page's photo captions, second accounts of its meetings
     * @param deadline checked once an event
     */
    public List<Event> frame(List<EventSeed> seeds, List<Integer> unattached, List<Sentence> sentences, DocumentHeader header,
                             List<String> captions, Deadline deadline) {
        PhotoCaptions photos = new PhotoCaptions(captions, header, places, dateFinder, dateResolver);
        StoryDates dates = StoryDates.read(sentences, header, dateFinder, dateResolver, dateRoles, postSignatures);
        boolean single = seeds.size() == 1;
        Set<Integer> reported = new LinkedHashSet<>();
        seeds.forEach(s -> reported.addAll(s.evidence()));
        Story story = new Story(sentences, header, dates, single ? withoutPersons(sentences, unattached) : List.of(),
                reported, single);
        List<Event> events = new ArrayList<>();
        SentenceWords words = seeds.isEmpty() ? null : new SentenceWords(story);
        for (EventSeed seed : seeds) {
            deadline.check();
            events.add(build(seed, story, photos, words));
        }
        for (int i = 0; i < seeds.size(); i++) {
            Event e = events.get(i);
            Optional<Integer> sameDay = seeds.get(i).evidence().stream()
                    .filter(s -> SAME_DAY.matcher(story.text(s)).lookingAt()).findFirst();
            if (e.date() == null && sameDay.isPresent()) {
                events.set(i, withDate(e, dayBefore(seeds, events, sameDay.get())));
            }
        }
        return events;
    }

    // The day of the event reported last before the sentence.
    private static LocalDate dayBefore(List<EventSeed> seeds, List<Event> events, int sentence) {
        LocalDate day = null;
        int latest = -1;
        for (int i = 0; i < seeds.size(); i++) {
            int first = seeds.get(i).evidence().isEmpty() ? Integer.MAX_VALUE : seeds.get(i).evidence().get(0);
            if (first < sentence && first > latest && events.get(i).date() != null) {
                latest = first;
                day = events.get(i).date();
            }
        }
        return day;
    }

    private static Event withDate(Event e, LocalDate date) {
        return new Event(e.mode(), date, e.location(), e.host(), e.occasion(), e.participants(), e.evidence());
    }

    // Sentences that date the meeting without naming anyone ("On Thursday, a meeting took place in Washington").
    private static List<Integer> withoutPersons(List<Sentence> sentences, List<Integer> unattached) {
        Set<Integer> dated = new LinkedHashSet<>(unattached);
        sentences.stream().filter(s -> MEETING_HELD.matcher(s.text()).find()).forEach(s -> dated.add(s.index()));
        return List.copyOf(dated);
    }

    private Event build(EventSeed seed, Story story, PhotoCaptions photos, SentenceWords words) {
        List<Participant> participants = seed.participants();
        Set<String> countries = new LinkedHashSet<>();
        participants.stream().map(Participant::country).filter(Objects::nonNull).forEach(countries::add);
        SeedSentences sentences = SeedSentences.of(seed, story, words);
        Channel channel = channels.read(seed, sentences, story);
        Location location = null;
        String visited = null;
        if (channel == Channel.IN_PERSON) {
            location = venues.read(sentences, story, countries).orElse(null);
            visited = venues.visitedCountry(sentences, story).orElse(null);
            if (location == null) {
                location = photos.place(participants, countries).orElse(null);
            }
        }
        EventMode mode = mode(channel, location, visited, participants, countries, atGathering(sentences, story));
        String host = switch (mode) {
            case VISIT, THIRD_LOCATION -> location != null && location.country() != null ? location.country() : visited;
            default -> null;
        };
        if ((mode == EventMode.VISIT || mode == EventMode.THIRD_LOCATION) && location == null && host != null) {
            location = new Location(null, null, host);
        }
        LocalDate date = days.read(sentences, story, channel).or(() -> photos.day(participants)).orElse(null);
        Span evidence = seed.evidence().isEmpty() ? null : story.sentences().get(seed.evidence().get(0)).span();
        String occasion = occasions.read(sentences, story).orElse(null);
        return new Event(mode, date, location, host, occasion, participants, evidence);
    }

    private static boolean atGathering(SeedSentences sentences, Story story) {
        return (story.single() ? sentences.all() : sentences.near()).stream()
                .anyMatch(i -> GATHERING.matcher(story.text(i)).find());
    }

    private static EventMode mode(Channel channel, Location location, String visited, List<Participant> participants,
                                  Set<String> countries, boolean atGathering) {
        if (channel == Channel.PHONE) {
            return EventMode.PHONE;
        }
        if (channel == Channel.VIDEO) {
            return EventMode.VIDEO;
        }
        String where = location != null && location.country() != null ? location.country() : visited;
        if (where == null) {
            return EventMode.UNKNOWN;
        }
        if (countries.contains(where)) {
            return EventMode.VISIT;
        }
        // A side whose state the text does not tell is most often the host, unless they met at a gathering.
        boolean unknownSide = participants.stream().anyMatch(p -> p.country() == null);
        return unknownSide && !atGathering ? EventMode.VISIT : EventMode.THIRD_LOCATION;
    }
}
