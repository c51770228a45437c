package org.readout.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.extract.header.Dateline;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.zone.Zones;
import org.readout.extract.knowledge.City;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.knowledge.Outlet;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.SentenceSplitter;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Participant;
import org.readout.model.Span;

/**
 * The framer gives every seed an event whatever the seed and the document leave out: participants without
 * country or roles, no sentences of its own, a header without publication date, dateline or outlet.
 * (A third-location meeting whose place could not be read once failed here.) Each case is drawn from
 * its seed, so a failing one is reproduced by its seed alone.
 */
class EventFramerPropertiesTest {
    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(null);
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final EventFramer FRAMER = new EventFramer(KNOWLEDGE);
    private static final double MISSING = 0.3;
    /** Invented sentences that give the framer places, visits, venues, dates and occasions to read, or none. */
    private static final List<String> SENTENCES = List.of(
            "The two foreign ministers met in Hanoi on Tuesday.",
            "The talks were held in Geneva on the sidelines of the disarmament conference.",
            "She is on an official visit to Brazil.",
            "He arrived here on a working visit to Kenya.",
            "The meeting took place on March 3, 2024.",
            "On Thursday, a meeting took place in the capital.",
            "They held talks in south China's Yunnan Province last week.",
            "The leaders spoke by phone on Monday.",
            "The two sides agreed to deepen cooperation in trade.",
            "Their first virtual summit ended without a statement.",
            "He paid a courtesy call at the Presidential Palace yesterday.",
            "During her attendance at the climate summit in Nairobi, the minister met her counterpart.",
            "The visit to the United States lasted three days.",
            "Talks in Ruritania went on for hours.",
            "\"We are ready,\" she said in Berlin, Germany.",
            "The meeting was held on 31 February 2024.",
            "They will meet again in 2031.");
    private static final List<String> COUNTRIES = List.of("VNM", "DEU", "BRA", "KEN", "CHN", "USA", "CHE");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySeedGetsOneEventWithAModeItsChannelAllows(long seed) {
        FramingCase c = framingCase(new Random(seed));
        List<Event> events = FRAMER.frame(c.seeds(), c.unattached(), c.sentences(), c.header());

        assertThat(events).hasSameSizeAs(c.seeds());
        for (int i = 0; i < events.size(); i++) {
            EventSeed seedOfEvent = c.seeds().get(i);
            Event event = events.get(i);
            assertThat(event.participants()).isEqualTo(seedOfEvent.participants());
            // the seed's call stays a call; a meeting in person may turn out a call from the story's words
            switch (seedOfEvent.channel()) {
                case PHONE -> assertThat(event.mode()).isEqualTo(EventMode.PHONE);
                case VIDEO -> assertThat(event.mode()).isEqualTo(EventMode.VIDEO);
                case IN_PERSON -> assertThat(event.mode()).isNotNull();
            }
            Set<String> sides = seedOfEvent.participants().stream().map(Participant::country).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            boolean sideWithoutState = seedOfEvent.participants().stream().anyMatch(p -> p.country() == null);
            if (event.mode() == EventMode.VISIT && !sideWithoutState) {
                assertThat(event.host()).isIn(sides);
            } else if (event.mode() == EventMode.VISIT) {
                assertThat(event.host()).isNotNull();
            } else if (event.mode() == EventMode.THIRD_LOCATION) {
                assertThat(event.host()).isNotIn(sides);
            } else {
                assertThat(event.host()).isNull();
            }
            if (event.mode() == EventMode.PHONE || event.mode() == EventMode.VIDEO) {
                assertThat(event.location()).isNull();
            }
            if (!seedOfEvent.evidence().isEmpty()) {
                assertThat(event.evidence()).isEqualTo(c.sentences().get(seedOfEvent.evidence().get(0)).span());
            }
        }
    }

    /** A document's sentences, seeds that point into them, and its header. */
    record FramingCase(String text, List<Sentence> sentences, List<EventSeed> seeds, List<Integer> unattached,
                       DocumentHeader header) {
    }

    private static FramingCase framingCase(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            text.append(pick(random, SENTENCES)).append(pick(random, List.of(" ", "\n", "\n\n")));
        }
        List<Sentence> sentences = SPLITTER.split(text.toString());
        List<EventSeed> seeds = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            List<Participant> participants = new ArrayList<>();
            for (int p = random.nextInt(4); p > 0; p--) {
                List<String> roles = new ArrayList<>();
                for (int r = random.nextInt(3); r > 0; r--) {
                    roles.add(pick(random, List.of("Foreign Minister", "President", "Prime Minister")));
                }
                participants.add(new Participant(pick(random, List.of("Anna Keller", "Tran Van Minh", "Maria Santos",
                        "Amina Odhiambo")), orMissing(random, pick(random, COUNTRIES)), roles));
            }
            seeds.add(new EventSeed(participants, indices(random, sentences.size()), indices(random, sentences.size()),
                    pick(random, List.of(Channel.values()))));
        }
        return new FramingCase(text.toString(), sentences, seeds, indices(random, sentences.size()),
                header(random, text.toString()));
    }

    /** Up to three sentence indices in text order. */
    private static List<Integer> indices(Random random, int sentences) {
        java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
        for (int i = sentences == 0 ? 0 : random.nextInt(4); i > 0; i--) {
            set.add(random.nextInt(sentences));
        }
        return List.copyOf(set);
    }

    private static DocumentHeader header(Random random, String text) {
        Span opening = new Span(0, Math.min(12, text.length()));
        Dateline dateline = orMissing(random, new Dateline(orMissing(random, pick(random, knownCities())),
                orMissing(random, pick(random, COUNTRIES)), date(random), orMissing(random, "Xinhua"), opening));
        Outlet outlet = orMissing(random, pick(random, KNOWLEDGE.outlets().all()));
        return new DocumentHeader(orMissing(random, "Ministers meet"), date(random), outlet, orMissing(random, "News"),
                orMissing(random, "https://news.example.org/a/1"), dateline, orMissing(random, 2000 + random.nextInt(31)), null,
                new Zones(List.of()));
    }

    private static LocalDate date(Random random) {
        return orMissing(random, LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365)));
    }

    private static <T> T orMissing(Random random, T value) {
        return random.nextDouble() < MISSING ? null : value;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<City> knownCities() {
        List<City> cities = new ArrayList<>();
        for (String name : List.of("Hanoi", "Geneva", "Nairobi", "Berlin", "Brasilia")) {
            cities.addAll(KNOWLEDGE.gazetteer().lookup(name));
        }
        return cities;
    }
}
