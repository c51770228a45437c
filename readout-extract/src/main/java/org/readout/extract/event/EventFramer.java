package org.readout.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.date.DateFinder;
import org.readout.extract.date.DateMention;
import org.readout.extract.date.DateResolver;
import org.readout.extract.date.PostSignatures;
import org.readout.extract.date.PostSignatures.Signature;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.knowledge.City;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.text.Sentence;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.Span;

/**
 * Gives each interaction of a document its date, place, mode, host and occasion, from its own
 * sentences, the sentences about one of its participants, the dateline and the story's lead.
 */
public final class EventFramer {
    private static final Pattern OCCASION = Pattern.compile(
            "(?i)\\b(on the sidelines of [^,.;]+|during (?:his|her|their) attendance at [^.;]+?(?= in \\p{Lu}|[.;]|$)"
            + "|(?:an? |his |her )?(?:official|state|working) visit to \\p{Lu}\\p{L}+|courtesy call at [^.;]+"
            + "|(?:first(?:-ever)? )?virtual (?:bilateral )?summit)");
    private static final Pattern VISIT_TO = Pattern.compile("\\b(?:visit|trip) to (?:the )?(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)");
    private static final Pattern MEETING_HELD = Pattern.compile(
            "\\b(?:meeting|talks|phone call|conversation)\\s+(?:took place|was held|were held)\\b");
    private static final int MAX_DAYS_BEFORE_ANCHOR = 31;
    private static final int NEAR_PUBLICATION_DAYS = 7;
    private static final int LEAD_SENTENCES = 3;

    private final Knowledge knowledge;
    private final PlaceFinder places;
    private final DateFinder dateFinder = new DateFinder();
    private final DateResolver dateResolver = new DateResolver();
    private final PostSignatures postSignatures = new PostSignatures();

    public EventFramer(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.places = new PlaceFinder(knowledge);
    }

    /**
     * @param unattached sentences of interactions that made no event (one side only named), which may
     *                   date a document's single meeting
     */
    public List<Event> frame(List<EventSeed> seeds, List<Integer> unattached, List<Sentence> sentences, DocumentHeader header) {
        List<Event> events = new ArrayList<>();
        for (EventSeed seed : seeds) {
            events.add(build(seed, sentences, header,
                    seeds.size() == 1 ? withoutPersons(sentences, unattached) : List.of()));
        }
        return events;
    }

    // Sentences that date the meeting without naming anyone ("On Thursday, a meeting took place in Washington").
    private static List<Sentence> withoutPersons(List<Sentence> sentences, List<Integer> unattached) {
        List<Sentence> dated = new ArrayList<>();
        unattached.forEach(i -> dated.add(sentences.get(i)));
        sentences.stream().filter(s -> MEETING_HELD.matcher(s.text()).find() && !dated.contains(s)).forEach(dated::add);
        return dated;
    }

    private Event build(EventSeed seed, List<Sentence> sentences, DocumentHeader header, List<Sentence> extraDateSources) {
        List<Participant> participants = seed.participants();
        Set<String> participantCountries = new LinkedHashSet<>();
        participants.stream().map(Participant::country).filter(Objects::nonNull).forEach(participantCountries::add);
        Channel channel = seed.channel();
        List<Sentence> ownSentences = seed.evidence().stream().map(sentences::get).toList();
        List<Sentence> lentSentences = seed.related().stream().map(sentences::get).toList();
        Location location = channel == Channel.IN_PERSON
                ? place(ownSentences, participantCountries, header)
                .or(() -> place(lentSentences, participantCountries, header))
                .or(() -> datelinePlace(header))
                .or(() -> place(lead(sentences), participantCountries, header).filter(l -> l.city() != null)).orElse(null)
                : null;
        String visitHost = channel == Channel.IN_PERSON ? visitHost(ownSentences) : null;
        EventMode mode = mode(channel, location, visitHost, participantCountries);
        String host = switch (mode) {
            case VISIT -> location != null && location.country() != null ? location.country() : visitHost;
            case THIRD_LOCATION -> location != null ? location.country() : visitHost;
            default -> null;
        };
        if (mode == EventMode.VISIT && location == null && visitHost != null) {
            location = new Location(null, null, visitHost);
        }
        List<Sentence> dateSources = new ArrayList<>(ownSentences);
        dateSources.addAll(extraDateSources);
        List<Signature> posts = postSignatures.find(sentences);
        LocalDate date = date(dateSources, header, posts).or(() -> date(lentSentences, header, posts))
                .or(() -> nearPublication(sentences, header)).orElse(null);
        String occasion = occasion(ownSentences).or(() -> occasion(lentSentences)).orElse(null);
        Span evidence = ownSentences.isEmpty() ? null : ownSentences.get(0).span();
        return new Event(mode, date, location, host, occasion, participants, evidence);
    }

    private Optional<Location> place(List<Sentence> sentences, Set<String> preferred, DocumentHeader header) {
        City datelineCity = header.dateline() == null ? null : header.dateline().city();
        for (Sentence s : sentences) {
            Optional<Location> found = places.find(s.text(), preferred, datelineCity);
            if (found.isPresent() && found.get().city() != null) {
                return found;
            }
        }
        for (Sentence s : sentences) {
            Optional<Location> found = places.find(s.text(), preferred, datelineCity);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The story's opening sentences, where a report says where things happen. */
    private static List<Sentence> lead(List<Sentence> sentences) {
        return sentences.subList(0, Math.min(LEAD_SENTENCES, sentences.size()));
    }

    private static Optional<Location> datelinePlace(DocumentHeader header) {
        if (header.dateline() == null || header.dateline().city() == null) {
            return Optional.empty();
        }
        City c = header.dateline().city();
        return Optional.of(new Location(c.name(), null, c.country()));
    }

    private String visitHost(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            Matcher m = VISIT_TO.matcher(s.text());
            if (m.find()) {
                Optional<String> c = knowledge.countries().byName(m.group(1)).map(x -> x.alpha3());
                if (c.isPresent()) {
                    return c.get();
                }
            }
        }
        return null;
    }

    private static EventMode mode(Channel channel, Location location, String visitHost, Set<String> countries) {
        if (channel == Channel.PHONE) {
            return EventMode.PHONE;
        }
        if (channel == Channel.VIDEO) {
            return EventMode.VIDEO;
        }
        String where = location != null && location.country() != null ? location.country() : visitHost;
        if (where == null) {
            return EventMode.UNKNOWN;
        }
        return countries.contains(where) ? EventMode.VISIT : EventMode.THIRD_LOCATION;
    }

    /** The date the sentences give most often; one far before the anchor is a recollection, not this meeting. */
    private Optional<LocalDate> date(List<Sentence> sentences, DocumentHeader header, List<Signature> posts) {
        Map<LocalDate, Integer> votes = new HashMap<>();
        List<LocalDate> order = new ArrayList<>();
        for (Sentence s : sentences) {
            for (DateMention d : dateFinder.find(s.text(), s.span().start())) {
                if (inDateline(d, header)) {
                    continue;
                }
                LocalDate anchor = d.isCalendar() ? header.anchor()
                        : PostSignatures.postDate(posts, d.span().end()).orElse(header.anchor());
                Optional<LocalDate> day = dateResolver.resolve(d, anchor, header.yearHint());
                if (day.isEmpty() || header.anchor() != null
                        && (day.get().isBefore(header.anchor().minusDays(MAX_DAYS_BEFORE_ANCHOR)) || day.get().isAfter(header.anchor().plusDays(1)))) {
                    continue;
                }
                votes.merge(day.get(), 1, Integer::sum);
                order.add(day.get());
            }
        }
        return order.stream().max((a, b) -> votes.get(a) - votes.get(b) != 0 ? votes.get(a) - votes.get(b)
                : order.indexOf(b) - order.indexOf(a));
    }

    // The dateline's date is the day of writing, already the anchor; counting it would outvote "on Thursday".
    private static boolean inDateline(DateMention d, DocumentHeader header) {
        Span line = header.dateline() == null ? null : header.dateline().span();
        return line != null && d.span().start() >= line.start() && d.span().end() <= line.end();
    }

    // A meeting the text does not date: the one full date written near the publication date, if there is one.
    private Optional<LocalDate> nearPublication(List<Sentence> sentences, DocumentHeader header) {
        if (header.published() == null) {
            return Optional.empty();
        }
        Set<LocalDate> near = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            for (DateMention d : dateFinder.find(s.text(), 0)) {
                if (d.isComplete()) {
                    LocalDate day = LocalDate.of(d.year(), d.month(), d.day());
                    if (!day.isAfter(header.published()) && !day.isBefore(header.published().minusDays(NEAR_PUBLICATION_DAYS))) {
                        near.add(day);
                    }
                }
            }
        }
        return near.size() == 1 ? Optional.of(near.iterator().next()) : Optional.empty();
    }

    private static Optional<String> occasion(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            Matcher m = OCCASION.matcher(s.text());
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
