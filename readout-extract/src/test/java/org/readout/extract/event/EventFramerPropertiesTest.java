package org.readout.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.readout.extract.header.Dateline;
import org.readout.extract.header.DocumentHeader;
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
 * (A third-location meeting whose place could not be read once failed here.)
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

    // edge cases of the documents' combinations add nothing to the random ones and flood the log
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void everySeedGetsOneEventWithAModeItsChannelAllows(@ForAll("documents") FramingCase c) {
        List<Event> events = FRAMER.frame(c.seeds(), c.unattached(), c.sentences(), c.header());

        assertThat(events).hasSameSizeAs(c.seeds());
        for (int i = 0; i < events.size(); i++) {
            EventSeed seed = c.seeds().get(i);
            Event event = events.get(i);
            assertThat(event.participants()).isEqualTo(seed.participants());
            switch (seed.channel()) {
                case PHONE -> assertThat(event.mode()).isEqualTo(EventMode.PHONE);
                case VIDEO -> assertThat(event.mode()).isEqualTo(EventMode.VIDEO);
                case IN_PERSON -> assertThat(event.mode()).isIn(EventMode.VISIT, EventMode.THIRD_LOCATION, EventMode.UNKNOWN);
            }
            Set<String> sides = seed.participants().stream().map(Participant::country).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            if (event.mode() == EventMode.VISIT) {
                assertThat(event.host()).isIn(sides);
            } else if (event.mode() == EventMode.THIRD_LOCATION) {
                assertThat(event.host()).isNotIn(sides);
            } else {
                assertThat(event.host()).isNull();
            }
            if (seed.channel() != Channel.IN_PERSON) {
                assertThat(event.location()).isNull();
            }
            if (!seed.evidence().isEmpty()) {
                assertThat(event.evidence()).isEqualTo(c.sentences().get(seed.evidence().get(0)).span());
            }
        }
    }

    /** A document's sentences, seeds that point into them, and its header. */
    record FramingCase(String text, List<Sentence> sentences, List<EventSeed> seeds, List<Integer> unattached,
                       DocumentHeader header) {
    }

    @Provide
    Arbitrary<FramingCase> documents() {
        Arbitrary<String> separators = Arbitraries.of(" ", "\n", "\n\n");
        Arbitrary<String> texts = Combinators.combine(Arbitraries.of(SENTENCES), separators).as((s, sep) -> s + sep)
                .list().ofMaxSize(6).map(parts -> String.join("", parts));
        return texts.flatMap(text -> {
            List<Sentence> sentences = SPLITTER.split(text);
            Arbitrary<List<Integer>> indices = indices(sentences.size());
            Arbitrary<EventSeed> seeds = Combinators.combine(participants().list().ofMaxSize(3), indices, indices,
                    Arbitraries.of(Channel.class)).as(EventSeed::new);
            return Combinators.combine(seeds.list().ofMinSize(1).ofMaxSize(3), indices, headers(text))
                    .as((s, unattached, header) -> new FramingCase(text, sentences, s, unattached, header));
        });
    }

    /** Sentence indices in text order, none at times. */
    private static Arbitrary<List<Integer>> indices(int sentences) {
        if (sentences == 0) {
            return Arbitraries.just(List.of());
        }
        return Arbitraries.integers().between(0, sentences - 1).set().ofMaxSize(3)
                .map(set -> set.stream().sorted().toList());
    }

    private static Arbitrary<Participant> participants() {
        Arbitrary<String> names = Arbitraries.of("Anna Keller", "Tran Van Minh", "Maria Santos", "Amina Odhiambo");
        Arbitrary<String> roles = Arbitraries.of("Foreign Minister", "President", "Prime Minister");
        return Combinators.combine(names, Arbitraries.of(COUNTRIES).injectNull(MISSING), roles.list().ofMaxSize(2))
                .as(Participant::new);
    }

    private static Arbitrary<DocumentHeader> headers(String text) {
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))
                .injectNull(MISSING);
        Arbitrary<Outlet> outlets = Arbitraries.of(KNOWLEDGE.outlets().all()).injectNull(MISSING);
        Arbitrary<City> cities = Arbitraries.of(knownCities()).injectNull(MISSING);
        Span opening = new Span(0, Math.min(12, text.length()));
        Arbitrary<Dateline> datelines = Combinators.combine(cities, Arbitraries.of(COUNTRIES).injectNull(MISSING), dates,
                        Arbitraries.just("Xinhua").injectNull(MISSING))
                .as((city, country, date, outlet) -> new Dateline(city, country, date, outlet, opening))
                .injectNull(MISSING);
        Arbitrary<String> words = Arbitraries.strings().alpha().ofMaxLength(10).injectNull(MISSING);
        return Combinators.combine(words, dates, outlets, words, words, datelines,
                        Arbitraries.integers().between(2000, 2030).injectNull(MISSING))
                .as((title, published, outlet, outletName, url, dateline, yearHint) -> new DocumentHeader(
                        title, published, outlet, outletName, url, dateline, yearHint, null));
    }

    private static List<City> knownCities() {
        List<City> cities = new ArrayList<>();
        for (String name : List.of("Hanoi", "Geneva", "Nairobi", "Berlin", "Brasilia")) {
            cities.addAll(KNOWLEDGE.gazetteer().lookup(name));
        }
        return cities;
    }
}
