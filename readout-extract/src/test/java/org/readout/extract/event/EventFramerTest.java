package org.readout.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.header.HeaderReader;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.SentenceSplitter;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.SourceDocument;
import org.readout.model.Span;

/** When, where and how events took place, read from the whole story for seeds given by hand. */
class EventFramerTest {
    private static Knowledge knowledge;
    private static SentenceSplitter splitter;
    private static EventFramer framer;

    @BeforeAll
    static void load() {
        knowledge = KnowledgeLoader.load(null);
        splitter = new SentenceSplitter();
        framer = new EventFramer(knowledge);
    }

    /** One seed: who took part, and a phrase of each sentence that reports it. */
    private record Seed(List<Participant> participants, List<String> reports, Channel channel) {
        Seed(Participant a, Participant b, String... reports) {
            this(List.of(a, b), List.of(reports), Channel.IN_PERSON);
        }
    }

    private static Participant p(String name, String country) {
        return new Participant(name, country, List.of());
    }

    private static List<Event> frame(String text, Seed... seeds) {
        DocumentHeader header = new HeaderReader(knowledge).read(SourceDocument.of("doc.txt", text));
        String story = blank(blank(text, header.scraperLine()), header.dateline() == null ? null : header.dateline().span());
        List<Sentence> sentences = splitter.split(story);
        List<EventSeed> built = new ArrayList<>();
        for (Seed seed : seeds) {
            List<Integer> evidence = seed.reports().stream().map(phrase -> sentences.stream()
                    .filter(s -> s.text().contains(phrase)).findFirst().orElseThrow().index()).toList();
            built.add(new EventSeed(seed.participants(), evidence, List.of(), seed.channel()));
        }
        return framer.frame(built, List.of(), sentences, header);
    }

    private static Event frameOne(String text, Seed seed) {
        return frame(text, seed).get(0);
    }

    // As the extraction does: the scraper's line and the dateline are not story text.
    private static String blank(String text, Span span) {
        return span == null ? text : text.substring(0, span.start()) + " ".repeat(span.length()) + text.substring(span.end());
    }

    @Test
    void datelineIsTheBureauWhenTheStorySaysWhereTheVisitorIs() {
        Event e = frameOne(" date 2024-01-05 Indian minister meets Japanese counterpart\n\n"
                + "NEW DELHI, Jan 5 (PTI) -- External Affairs Minister Ravi Kumar met his Japanese counterpart Ken Sato on Thursday.\n\n"
                + "Kumar arrived in Tokyo on Wednesday for a three-day visit.\n",
                new Seed(p("Ravi Kumar", "IND"), p("Ken Sato", "JPN"), "met his Japanese"));

        assertThat(e.location()).isEqualTo(new Location("Tokyo", null, "JPN"));
        assertThat(e.mode()).isEqualTo(EventMode.VISIT);
        assertThat(e.host()).isEqualTo("JPN");
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 4));
    }

    @Test
    void hereIsTheDatelinesCityAndABuildingNamedAfterACityIsNotThatCity() {
        Event e = frameOne(" date 2024-06-22 Leaders hold talks\n\n"
                + "NEW DELHI, June 22 (PTI) -- Prime Minister Ravi Kumar held talks with visiting Bangladeshi Prime Minister "
                + "Sara Rahman at the Hyderabad House here today.\n",
                new Seed(p("Ravi Kumar", "IND"), p("Sara Rahman", "BGD"), "held talks"));

        assertThat(e.location().city()).isEqualTo("New Delhi");
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 6, 22));
    }

    @Test
    void meetingsOnTheSidelinesTakeTheGatheringsPlaceButNotTheDayOfArrival() {
        List<Event> events = frame(" date 2025-02-21 Minister meets counterparts at G20\n\n"
                + "Foreign Minister Ivan Petrov arrived in Johannesburg on Thursday to attend the G20 foreign ministers' meeting.\n\n"
                + "On the sidelines, Petrov met Chinese Foreign Minister Li Ming.\n\n"
                + "Petrov also held talks with Turkish Foreign Minister Emre Kaya.\n",
                new Seed(p("Ivan Petrov", "RUS"), p("Li Ming", "CHN"), "Petrov met"),
                new Seed(p("Ivan Petrov", "RUS"), p("Emre Kaya", "TUR"), "also held talks"));

        assertThat(events).allSatisfy(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.THIRD_LOCATION);
            assertThat(e.location()).isEqualTo(new Location("Johannesburg", null, "ZAF"));
            assertThat(e.host()).isEqualTo("ZAF");
            assertThat(e.date()).isNull();
        });
    }

    @Test
    void aCallDatedOnlyByTheStatementThatReportsItHasNoDate() {
        Event e = frameOne(" date 2020-10-30 Ministers discuss Libya\n\n"
                + "MOSCOW, October 30 -- Foreign Ministers Ivan Petrov and Omar Nabil discussed Libya and Syria by phone, "
                + "the ministry said in a statement on Friday.\n",
                new Seed(p("Ivan Petrov", "RUS"), p("Omar Nabil", "EGY"), "discussed Libya"));

        assertThat(e.mode()).isEqualTo(EventMode.PHONE);
        assertThat(e.date()).isNull();
        assertThat(e.location()).isNull();
        assertThat(e.host()).isNull();
    }

    @Test
    void aStoryOfOneEventMayNameItsChannelAnywhere() {
        Event e = frameOne(" date 2018-09-29 Leaders speak\n\n"
                + "Prime Minister Anne Leduc spoke yesterday with Mexican President-elect Luis Ortega.\n\n"
                + "They agreed to work closely together.\n\n"
                + "The call came a week after the trade agreement was reached.\n",
                new Seed(p("Anne Leduc", "CAN"), p("Luis Ortega", "MEX"), "spoke yesterday"));

        assertThat(e.mode()).isEqualTo(EventMode.PHONE);
        assertThat(e.date()).isEqualTo(LocalDate.of(2018, 9, 28));
    }

    @Test
    void aMeetingViaVideoLinkIsAVideoCall() {
        Event e = frameOne("Prime Minister Ken Sato and Prime Minister Tom Reid held a Leaders' Meeting via VTC on 9 July 2020.\n",
                new Seed(p("Ken Sato", "JPN"), p("Tom Reid", "AUS"), "held a Leaders"));

        assertThat(e.mode()).isEqualTo(EventMode.VIDEO);
        assertThat(e.date()).isEqualTo(LocalDate.of(2020, 7, 9));
    }

    @Test
    void aPlaceTheLeadersTalkedAboutIsNotWhereTheyMet() {
        Event e = frameOne(" date 2025-05-05 Leaders meet\n\n"
                + "President Anne Leduc and Chancellor Tom Reid discussed the war in Ukraine and the situation in Gaza on Monday.\n",
                new Seed(p("Anne Leduc", "FRA"), p("Tom Reid", "DEU"), "discussed the war"));

        assertThat(e.location()).isNull();
        assertThat(e.mode()).isEqualTo(EventMode.UNKNOWN);
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void aCityNamedAfterItsKindIsThatCity() {
        Event e = frameOne("The president received the visiting envoy Ana Ruiz at State House in the capital Nairobi.\n",
                new Seed(p("Ana Ruiz", "ESP"), p("John Mwangi", "KEN"), "received the visiting"));

        assertThat(e.location()).isEqualTo(new Location("Nairobi", null, "KEN"));
        assertThat(e.mode()).isEqualTo(EventMode.VISIT);
    }

    @Test
    void aCountryAloneTakesTheCityTheDatelineGivesInIt() {
        Event e = frameOne(" date 2017-09-15 Emir visits Turkey\n\n"
                + "ANKARA, Sept 15 (AFP) -- Emir Khalid Al Nasser on Thursday held talks in Turkey with President Kemal Aksoy.\n",
                new Seed(p("Khalid Al Nasser", "QAT"), p("Kemal Aksoy", "TUR"), "held talks"));

        assertThat(e.location()).isEqualTo(new Location("Ankara", null, "TUR"));
        assertThat(e.date()).isEqualTo(LocalDate.of(2017, 9, 14));
    }

    @Test
    void todayIsTheDayOfTheReadoutsOwnDateLine() {
        Event e = frameOne(" date 2024-02-27 Collected releases\n\nSecretary's meeting with Polish Foreign Minister\n\n"
                + "February 26, 2024\n\n"
                + "Secretary of State John Miller met today with Polish Foreign Minister Jan Nowak in Washington.\n",
                new Seed(p("John Miller", "USA"), p("Jan Nowak", "POL"), "met today"));

        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 2, 26));
        assertThat(e.mode()).isEqualTo(EventMode.VISIT);
    }

    @Test
    void anEventToldAsEarlierThatDayTakesTheDayOfTheEventBeforeIt() {
        List<Event> events = frame(" date 2024-04-29 Prime Minister meets leaders\n\n"
                + "RIYADH, April 29 -- Prime Minister Aziz Karim held a bilateral meeting with his Pakistani counterpart "
                + "Omar Sharif on the sidelines of the forum here today.\n\n"
                + "Earlier, Aziz received a courtesy call from Turkish Foreign Minister Emre Kaya.\n",
                new Seed(p("Aziz Karim", "MYS"), p("Omar Sharif", "PAK"), "held a bilateral"),
                new Seed(p("Aziz Karim", "MYS"), p("Emre Kaya", "TUR"), "Earlier"));

        assertThat(events).allSatisfy(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 4, 29));
            assertThat(e.location()).isEqualTo(new Location("Riyadh", null, "SAU"));
            assertThat(e.mode()).isEqualTo(EventMode.THIRD_LOCATION);
        });
    }

    @Test
    void aSideWhoseStateTheTextDoesNotTellIsTakenForTheHost() {
        Event e = frameOne("Premier Anna Ricci met President Kamel Ben Ali during an important visit to Tunis.\n",
                new Seed(p("Anna Ricci", "ITA"), p("Kamel Ben Ali", null), "met President"));

        assertThat(e.mode()).isEqualTo(EventMode.VISIT);
        assertThat(e.host()).isEqualTo("TUN");
        assertThat(e.location().city()).isEqualTo("Tunis");
    }

    @Test
    void aCityStateIsItsCity() {
        Event e = frameOne("Prime Minister Anwar Salleh was in Singapore on his first official visit, where he met President Halim Tan.\n",
                new Seed(p("Anwar Salleh", "MYS"), p("Halim Tan", "SGP"), "where he met"));

        assertThat(e.location()).isEqualTo(new Location("Singapore", null, "SGP"));
        assertThat(e.mode()).isEqualTo(EventMode.VISIT);
    }

    @Test
    void aThirdCountryVisitedWithoutAPlaceReadStillMakesAnEvent() {
        Event e = frameOne("Prime Minister Ken Sato paid a courtesy call on President Bat Erdene, who is on a working visit to the "
                + "Russian Federation to attend the forum.\n",
                new Seed(p("Ken Sato", "JPN"), p("Bat Erdene", "MNG"), "paid a courtesy call"));

        assertThat(e.mode()).isEqualTo(EventMode.THIRD_LOCATION);
        assertThat(e.host()).isEqualTo("RUS");
        assertThat(e.location()).isEqualTo(new Location(null, null, "RUS"));
    }

    @Test
    void theVenueOfAMeetingStillToComeIsNotWhereTheySpoke() {
        Event e = frameOne(" date 2013-09-11 Readout\n\n"
                + "Secretary John Miller and Foreign Minister Ivan Petrov spoke this morning in advance of the meeting in Geneva tomorrow.\n",
                new Seed(p("John Miller", "USA"), p("Ivan Petrov", "RUS"), "spoke this morning"));

        assertThat(e.mode()).isEqualTo(EventMode.PHONE);
        assertThat(e.location()).isNull();
        assertThat(e.date()).isEqualTo(LocalDate.of(2013, 9, 11));
    }

    @Test
    void anInstitutionsSeatIsNotTheVenue() {
        Event e = frameOne("The Foreign Ministry in Tokyo said Ken Sato and his counterpart Li Ming agreed in their meeting in Beijing "
                + "to step up cooperation.\n",
                new Seed(p("Ken Sato", "JPN"), p("Li Ming", "CHN"), "agreed in their meeting"));

        assertThat(e.location()).isEqualTo(new Location("Beijing", null, "CHN"));
    }

    @Test
    void aCaptionsPlaceYieldsToTheStorys() {
        Event e = frameOne("Minister Ana Kim and Minister Ken Sato held brief talks on Sunday.\n\n"
                + "The brief meeting took place in Madrid on the margins of a banquet.\n\n"
                + "Minister Ana Kim (L) holds talks with Ken Sato in Nagoya, Japan, on the sidelines of an earlier meeting.\n",
                new Seed(p("Ana Kim", "KOR"), p("Ken Sato", "JPN"), "held brief talks", "(L) holds talks"));

        assertThat(e.location()).isEqualTo(new Location("Madrid", null, "ESP"));
        assertThat(e.mode()).isEqualTo(EventMode.THIRD_LOCATION);
    }

    @Test
    void anEventToldAsAfterTheMeetingTakesItsDay() {
        List<Event> events = frame(" date 2022-01-29 EU envoy in Kenya\n\n"
                + "EU foreign policy chief Josep Varga on Friday met with President Daniel Otieno in Nairobi.\n\n"
                + "After the meeting with Otieno, Varga and Foreign Minister Grace Wanjiru signed a joint declaration.\n",
                new Seed(p("Josep Varga", "EUU"), p("Daniel Otieno", "KEN"), "on Friday met"),
                new Seed(p("Josep Varga", "EUU"), p("Grace Wanjiru", "KEN"), "After the meeting"));

        assertThat(events).extracting(Event::date).containsOnly(LocalDate.of(2022, 1, 28));
        assertThat(events).extracting(Event::location).containsOnly(new Location("Nairobi", null, "KEN"));
    }

    @Test
    void aNameThatStartsWithACitysIsNotThatCity() {
        Event e = frameOne(" date 2023-05-05 Ministers meet\n\n"
                + "PANAJI, May 5 (ANI) -- Minister Ravi Kumar held talks with his Russian counterpart Ivan Petrov on the sidelines "
                + "of the Shanghai Cooperation Organisation meeting here.\n",
                new Seed(p("Ravi Kumar", "IND"), p("Ivan Petrov", "RUS"), "held talks"));

        assertThat(e.location()).isEqualTo(new Location("Panaji", null, "IND"));
        assertThat(e.mode()).isEqualTo(EventMode.VISIT);
    }

    @Test
    void aSeedWithoutSentencesStillMakesAnEvent() {
        List<Sentence> sentences = splitter.split("The ministers met.\n");
        DocumentHeader header = new HeaderReader(knowledge).read(SourceDocument.of("doc.txt", "The ministers met.\n"));
        EventSeed seed = new EventSeed(List.of(p("Ken Sato", "JPN"), p("Li Ming", null)), List.of(), List.of(), Channel.IN_PERSON);

        assertThat(framer.frame(List.of(seed), List.of(), sentences, header)).singleElement()
                .satisfies(e -> assertThat(e.mode()).isEqualTo(EventMode.UNKNOWN));
    }

    @Test
    void theOccasionIsTheGatheringAttendedBeforeTheVisitAndNotOneRecalled() {
        Event e = frameOne("Prime Minister Ravi Kumar met Crown Prince Faisal Al Saud in Riyadh on Tuesday.\n\n"
                + "Kumar is on a two-day visit to the kingdom to attend the Future Investment Forum.\n\n"
                + "Kumar's last visit to the kingdom was in 2019 to attend the Energy Summit.\n",
                new Seed(p("Ravi Kumar", "IND"), p("Faisal Al Saud", "SAU"), "met Crown Prince"));

        assertThat(e.occasion()).isEqualTo("Future Investment Forum");
    }

    @Test
    void aVisitIsTheOccasionWhenNoGatheringIs() {
        Event e = frameOne("President Ana Ruiz, on a three-day state visit to Malaysia, held talks with Prime Minister Aziz Karim.\n",
                new Seed(p("Ana Ruiz", "PHL"), p("Aziz Karim", "MYS"), "held talks"));

        assertThat(e.occasion()).isEqualTo("three-day state visit to Malaysia");
    }

    @Test
    void aMeetingAtAGatheringThatAlwaysMeetsInOneCityTookPlaceThere() {
        Event e = frameOne("Foreign Minister Ivan Petrov held a meeting with his counterpart Omar Nabil on the sidelines of the "
                + "73rd session of the U.N. General Assembly.\n",
                new Seed(p("Ivan Petrov", "RUS"), p("Omar Nabil", "EGY"), "held a meeting"));

        assertThat(e.location()).isEqualTo(new Location("New York", null, "USA"));
        assertThat(e.mode()).isEqualTo(EventMode.THIRD_LOCATION);
        assertThat(e.host()).isEqualTo("USA");
    }

    @Test
    void twoDaysGivenAsOftenForOneMeetingGoToTheOneTheStoryRepeats() {
        Event e = frameOne(" date 2023-11-22 Ministers meet\n\n"
                + "Minister Li Ming met Secretary John Miller on Friday.\n\n"
                + "Li arrived in Washington on Thursday for a three-day visit.\n\n"
                + "A spokesman said that Miller received Li in Washington on Thursday.\n",
                new Seed(p("Li Ming", "CHN"), p("John Miller", "USA"), "met Secretary", "received Li"));

        assertThat(e.date()).isEqualTo(LocalDate.of(2023, 11, 16));
    }
}
