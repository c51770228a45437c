package org.readout.extract.event;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.City;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.Country;
import org.readout.extract.knowledge.GatheringSeats;
import org.readout.extract.text.Whitespace;
import org.readout.model.Location;

/**
 * Where an in-person event took place. Its own and lent sentences speak first, then the seat of a
 * gathering they name ("on the sidelines of the UN General Assembly"), then the sentences naming
 * two of its participants, then what the story says of where its participants are or a gathering
 * is held ("arrived in", "held in", "is here to attend", "on the sidelines of the summit in"),
 * then the dateline, which names the bureau and is the venue only when the story says nothing
 * else. A country alone ("talks in Turkey") takes the city the story gives in it.
 */
final class VenueReader {
    /** Words that say where someone is or a gathering is held: "held in", "arrived in", "here to attend". */
    private static final Pattern VENUE = Pattern.compile(
            "(?i)\\b(?:(?:held|took place|taking place|underway|hosted|convened|arrived|landed|meetings|talks|stay|is|are) (?:in|at)\\b"
            + "|(?:sidelines|margins?) of\\b|welcom\\w* (?:you|him|her|them|\\p{Lu}[\\p{L} .-]{0,40}?) to\\b"
            + "|(?:here|there) to\\b|on (?:a|an|his|her|their) (?:[\\w-]+ ){0,3}?visit to\\b|(?:is|are) visiting\\b)");
    /** A journey to a country: "on a state visit to Japan", "visited Japan", "left ... to the US", "her India visit". */
    // possessive: a name's letters never give way to the space after them, and a long word is read once
    private static final String NAME = "(\\p{Lu}[\\p{L}.]++(?:\\s+\\p{Lu}[\\p{L}.]++){0,3})";
    private static final Pattern VISITED = Pattern.compile(
            "\\b(?<!\\bto\\s|\\bwill\\s)(?:visit(?:ed|ing)?|trip|travel(?:l?ed)?|tour)\\s+(?:to\\s+)?(?:the\\s+)?" + NAME
            + "|\\b(?:left|departed|flew|headed)\\b[^.;]{0,30}?\\s(?:to|for)\\s+(?:the\\s+)?" + NAME
            + "|(?<![\\p{L}.])" + NAME + "\\s+visit\\b"); // from a word's start only: tried from every capital, a long word in capitals is quadratic

    private static final List<String> JOURNEY_WORDS = List.of("visit", "trip", "travel", "tour", "left", "departed", "flew", "headed");

    /** How far around a venue word a plan or another time is looked for. */
    private static final int AROUND = 50;

    private final PlaceFinder places;
    private final Countries countries;
    private final GatheringSeats seats;

    VenueReader(PlaceFinder places, Countries countries, GatheringSeats seats) {
        this.places = places;
        this.countries = countries;
        this.seats = seats;
    }

    /** Reads a place from a sentence, given the countries to favour and the dateline's city. */
    private interface Reader {
        Optional<Location> read(String sentence, Set<String> preferred, City datelineCity);
    }

    Optional<Location> read(SeedSentences sentences, Story story, Set<String> preferred) {
        List<Integer> both = story.withoutCaptions(sentences.both());
        List<Integer> about = story.withoutCaptions(sentences.about());
        List<Integer> all = story.withoutCaptions(story.all());
        List<Integer> own = story.withoutCaptions(sentences.own());
        List<Integer> ownCaptions = sentences.own().stream().filter(i -> !own.contains(i)).toList();
        Optional<Location> found = place(own, story, preferred, this::anyPlace, l -> true)
                .or(() -> place(story.withoutCaptions(sentences.lent()), story, preferred, this::anyPlace, l -> true))
                .or(() -> place(sentences.near(), story, preferred, this::seat, l -> true))
                .or(() -> place(both, story, preferred, this::settledPlace, l -> true))
                .or(() -> place(about, story, preferred, this::venue, l -> true))
                .or(() -> place(all, story, preferred, this::venue, l -> l.city() != null))
                .or(() -> place(about, story, preferred, this::seat, l -> true))
                .or(story::datelinePlace)
                // a caption may show another day's meeting: "(L) holds talks with ... in Nagoya"
                .or(() -> place(ownCaptions, story, preferred, this::anyPlace, l -> true))
                .or(() -> place(story.withoutCaptions(story.lead()), story, preferred, this::anyPlace, l -> l.city() != null));
        return found.map(l -> l.city() == null && l.region() == null ? cityIn(l, sentences, story, preferred) : l);
    }

    // "held talks in Turkey", dateline ANKARA: the city of the story that lies in that country.
    private Location cityIn(Location country, SeedSentences sentences, Story story, Set<String> preferred) {
        Predicate<Location> inside = l -> l.city() != null && country.country().equals(l.country());
        return story.datelinePlace().filter(inside)
                .or(() -> place(story.withoutCaptions(sentences.both()), story, preferred, this::settledPlace, inside))
                .or(() -> place(story.withoutCaptions(sentences.about()), story, preferred, this::venue, inside))
                .or(() -> place(story.withoutCaptions(story.all()), story, preferred, this::venue, inside))
                .or(() -> place(story.withoutCaptions(story.lead()), story, preferred, this::anyPlace, inside))
                .orElse(country);
    }

    // The first place the sentences name that is accepted, a city before a region or country.
    private static Optional<Location> place(List<Integer> indices, Story story, Set<String> preferred, Reader reader,
                                            Predicate<Location> accept) {
        Location coarse = null;
        for (int i : indices) {
            Optional<Location> found = reader.read(story.text(i), preferred, story.datelineCity()).filter(accept);
            if (found.isPresent() && found.get().city() != null) {
                return found;
            }
            if (coarse == null && found.isPresent()) {
                coarse = found.get();
            }
        }
        return Optional.ofNullable(coarse);
    }

    private Optional<Location> anyPlace(String sentence, Set<String> preferred, City datelineCity) {
        return places.find(sentence, preferred, datelineCity);
    }

    private Optional<Location> seat(String sentence, Set<String> preferred, City datelineCity) {
        return OtherTime.planned(sentence) || OtherTime.recalled(sentence) ? Optional.empty() : seats.in(sentence);
    }

    // A place in a sentence that speaks of neither a plan nor the past.
    private Optional<Location> settledPlace(String sentence, Set<String> preferred, City datelineCity) {
        return OtherTime.planned(sentence) || OtherTime.recalled(sentence) ? Optional.empty()
                : places.find(sentence, preferred, datelineCity);
    }

    // In a sentence that is not about the event itself, only the place a venue word points at, and not a planned
    // or a past one.
    private Optional<Location> venue(String sentence, Set<String> preferred, City datelineCity) {
        Matcher m = VENUE.matcher(sentence);
        while (m.find()) {
            if (!OtherTime.recalledNear(sentence, m.start(), m.end(), AROUND) && !OtherTime.plannedBefore(sentence, m.start(), AROUND)) {
                Optional<Location> found = places.at(sentence, m.end(), preferred, datelineCity)
                        .or(() -> places.find(sentence.substring(m.start()), preferred, datelineCity));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The country a participant is said to travel to, for a meeting whose place the story does not give. */
    Optional<String> visitedCountry(SeedSentences sentences, Story story) {
        Set<Integer> where = new LinkedHashSet<>(sentences.all());
        if (story.single()) {
            where.addAll(story.all());
        }
        for (int i : where) {
            if (!mayTellJourney(story.text(i))) {
                continue;
            }
            Matcher m = VISITED.matcher(story.text(i));
            while (m.find()) {
                if (PlaceFinder.spokenOf(story.text(i), m.start())) {
                    continue;
                }
                String named = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                Optional<String> country = country(named);
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    // Every journey the pattern reads has one of these words; looking for them is cheaper than the pattern.
    private static boolean mayTellJourney(String text) {
        for (String word : JOURNEY_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    // The longest run of the words, from either end, that names a country: "the United States", "Modi's US".
    private Optional<String> country(String words) {
        String[] w = Whitespace.RUNS.split(words);
        for (int n = w.length; n >= 1; n--) {
            Optional<Country> head = countries.byName(String.join(" ", Arrays.copyOf(w, n)));
            Optional<Country> tail = countries.byName(String.join(" ", Arrays.copyOfRange(w, w.length - n, w.length)));
            if (head.isPresent() || tail.isPresent()) {
                return head.or(() -> tail).map(Country::alpha3);
            }
        }
        return Optional.empty();
    }
}
