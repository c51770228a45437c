package org.readout.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.Readout;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;

/** Events as the facade reports them: how many, and each one's mode, date, place, host and people. */
class EventDetectorTest {
    private static final String VISIT = " date 2024-04-06 Chinese FM meets Lao counterpart in Beijing\n\n"
            + "BEIJING, April 5 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Lao Foreign Minister "
            + "Saleumxay Kommasith in Beijing on Thursday.\n\n"
            + "Wang said China is ready to work with Laos to deepen cooperation on the railway.\n";
    private static final String PHONE_CALL = " date 2024-05-10 Vietnamese, Japanese foreign ministers talk by phone\n\n"
            + "HANOI, May 10 (VNA) -- Vietnamese Foreign Minister Bui Thanh Son had a phone conversation with "
            + "Japanese Foreign Minister Yoko Kamikawa on Wednesday.\n\n"
            + "The two ministers agreed to step up cooperation in trade and labour.\n";

    private static Readout readout;

    @BeforeAll
    static void create() {
        readout = Readout.create();
    }

    private static ReadoutRecord extract(String text) {
        return readout.extract("doc.txt", text);
    }

    @Test
    void weekdayIsResolvedAgainstTheDatelineNotReplacedByIt() {
        assertThat(extract(VISIT).events()).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 4, 4)));
        assertThat(extract(PHONE_CALL).events()).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 5, 8)));
    }

    @Test
    void aSentenceSayingWhenTheMeetingTookPlaceVotesForItsDate() {
        String text = " date 2024-06-12 Indonesian, Australian ministers meet\n\n"
                + "Indonesian Foreign Minister Retno Marsudi met Australian Foreign Minister Penny Wong.\n\n"
                + "On Tuesday, the meeting took place in Jakarta after months of preparation.\n";

        assertThat(extract(text).events()).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 6, 11)));
    }

    @Test
    void aMeetingTheClauseSaysWasHeldIsNotThePlannedOneOfTheSameParties() {
        String text = " date 2024-06-12 Peru and Chile ministers talk\n\n"
                + "Peruvian Foreign Minister Ana Ruiz and her Chilean counterpart Tomas Vidal praised bilateral ties.\n\n"
                + "During Tuesday's virtual meeting, the two ministers highlighted the strength of trade.\n\n"
                + "With a view to holding a summit next year, the two ministers agreed to prepare a new agenda.\n";

        assertThat(extract(text).events()).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.VIDEO);
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 6, 11));
        });
    }

    @Test
    void aMeetingThatAReportedActFollowedTookPlace() {
        String text = " date 2024-06-12 Peru, Chile ministers to meet again\n\n"
                + "The talks between Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Tomas Vidal will go on, "
                + "the ministry said after their talks on Tuesday.\n\n"
                + "The ministers will meet again in Quito on Friday.\n";

        assertThat(extract(text).events()).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 6, 11)));
    }

    @Test
    void counterpartsOfSeveralStatesMeetOnceUnlessTheTextSaysOneByOne() {
        String together = " date 2024-06-12 Ruiz talks to European peers\n\n"
                + "Peruvian Foreign Minister Ana Ruiz met with her counterparts from France, Germany and Italy "
                + "in a video conference on Tuesday.\n";
        String oneByOne = " date 2024-06-12 Ruiz meets European peers\n\n"
                + "Peruvian Foreign Minister Ana Ruiz held bilateral meetings with her counterparts from France, Germany "
                + "and Italy in Paris on Tuesday.\n";

        assertThat(extract(together).events()).hasSize(1);
        assertThat(extract(oneByOne).events()).hasSize(3);
    }

    @Test
    void whomASpeakerPraisedInAMeetingWithOthersDidNotTakePart() {
        String text = " date 2024-06-12 Ruiz praises Vidal\n\n"
                + "In a meeting with a delegation of business leaders, Peruvian President Ana Ruiz praised Chilean "
                + "President Tomas Vidal for his trade policy.\n";

        assertThat(extract(text).events()).isEmpty();
    }

    @Test
    void aRelativeClauseAboutAPartyDoesNotMakeTheMeetingARecalledOne() {
        String text = " date 2024-06-12 Peruvian minister in Chile\n\n"
                + "Peruvian Foreign Minister Ana Ruiz met Chilean Foreign Minister Tomas Vidal in Santiago on Tuesday.\n\n"
                + "Ruiz then met Chilean President Gabriel Boric, who took office in March 2022, for an hour.\n";

        assertThat(extract(text).events()).extracting(e -> e.participants().size()).containsExactly(2, 2);
    }

    @Test
    void aPhotoCaptionNamingBothSidesGivesThePlaceAndDayTheStoryLeavesOut() {
        String text = " date 2024-06-12 Peru, Chile ministers meet\n\n"
                + "Peruvian Foreign Minister Ana Ruiz (L) meets with Chilean Foreign Minister Tomas Vidal in Santiago, Chile, "
                + "June 10, 2024. (Photo: Andina/Jose Lima)\n\n"
                + "Visiting Peruvian Foreign Minister Ana Ruiz met here with Chilean Foreign Minister Tomas Vidal on trade.\n";

        assertThat(extract(text).events()).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.VISIT);
            assertThat(e.location().city()).isEqualTo("Santiago");
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 6, 10));
        });
    }

    @Test
    void aPhotoCaptionDoesNotOverrideWhatTheStoryTells() {
        String text = " date 2024-06-12 Peru, Chile ministers meet\n\n"
                + "Peruvian Foreign Minister Ana Ruiz (L) meets with Chilean Foreign Minister Tomas Vidal in Santiago, Chile, "
                + "May 20, 2024. (Photo: Andina/Jose Lima)\n\n"
                + "Peruvian Foreign Minister Ana Ruiz met Chilean Foreign Minister Tomas Vidal in Lima on Tuesday.\n";

        assertThat(extract(text).events()).singleElement().satisfies(e -> {
            assertThat(e.location().city()).isEqualTo("Lima");
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 6, 11));
        });
    }

    @Test
    void todayInAQuotedPostIsThePostsDayNotThePublicationDay() {
        String text = " date 2024-03-02 Indian minister meets Japanese counterpart\n\n"
                + "External Affairs Minister S Jaishankar met Japanese Foreign Minister Yoko Kamikawa in Tokyo.\n\n"
                + "Glad to meet FM @Kamikawa_Yoko in Tokyo today.\n\n"
                + "— Dr. S. Jaishankar (@DrSJaishankar) February 29, 2024\n";

        assertThat(extract(text).events()).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void visitIsHostedByTheCountryItTakesPlaceIn() {
        ReadoutRecord r = extract(VISIT);

        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.VISIT);
            assertThat(e.location()).isNotNull();
            assertThat(e.location().city()).isEqualTo("Beijing");
            assertThat(e.location().country()).isEqualTo("CHN");
            assertThat(e.host()).isEqualTo("CHN");
            assertThat(e.participants()).extracting(Participant::name, Participant::country)
                    .containsExactlyInAnyOrder(tuple("Wang Yi", "CHN"),
                            tuple("Saleumxay Kommasith", "LAO"));
        });
    }

    @Test
    void phoneCallHasNoLocationAndNoHost() {
        ReadoutRecord r = extract(PHONE_CALL);

        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.PHONE);
            assertThat(e.location()).isNull();
            assertThat(e.host()).isNull();
            assertThat(e.participants()).extracting(Participant::name)
                    .containsExactlyInAnyOrder("Bui Thanh Son", "Yoko Kamikawa");
        });
    }

    @Test
    void meetingOnTheSidelinesInAThirdCountryIsHostedByTheVenue() {
        ReadoutRecord r = extract(" date 2024-07-26 Wang Yi meets Japanese FM in Vientiane\n\n"
                + "VIENTIANE, July 26 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Japanese Foreign Minister "
                + "Yoko Kamikawa in Vientiane on Friday on the sidelines of the ASEAN foreign ministers' meetings.\n");

        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.THIRD_LOCATION);
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 7, 26));
            assertThat(e.location().city()).isEqualTo("Vientiane");
            assertThat(e.location().country()).isEqualTo("LAO");
            assertThat(e.host()).isEqualTo("LAO");
            assertThat(e.occasion()).contains("sidelines of the ASEAN foreign ministers' meetings");
        });
    }

    @Test
    void roundUpOfOneMinisterMeetingTwoCounterpartsIsTwoEvents() {
        ReadoutRecord r = extract(" date 2024-02-21 Jaishankar holds talks with Brazilian, Australian counterparts\n\n"
                + "NEW DELHI, Feb 20 -- Indian External Affairs Minister Subrahmanyam Jaishankar held a series of "
                + "meetings in New Delhi on Tuesday.\n\n"
                + "He met with Brazilian Foreign Minister Mauro Vieira and discussed trade and energy.\n\n"
                + "Jaishankar also held talks with Australian Foreign Minister Penny Wong on maritime security.\n");

        assertThat(r.events()).hasSize(2);
        assertThat(r.events()).extracting(e -> e.participants().stream().map(Participant::name).sorted().toList())
                .containsExactlyInAnyOrder(
                        List.of("Mauro Vieira", "Subrahmanyam Jaishankar"),
                        List.of("Penny Wong", "Subrahmanyam Jaishankar"));
        assertThat(r.events()).allSatisfy(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 2, 20));
            assertThat(e.mode()).isEqualTo(EventMode.VISIT);
            assertThat(e.host()).isEqualTo("IND");
        });
    }

    @Test
    void announcedFutureVisitIsNoEvent() {
        ReadoutRecord r = extract(" date 2024-06-21 Vietnamese PM to visit China\n\n"
                + "HANOI, June 21 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh will pay an official visit to China "
                + "next week and will meet with Chinese Premier Li Qiang in Beijing, the foreign ministry spokesperson "
                + "announced on Friday.\n");

        assertThat(r.events()).isEmpty();
    }

    @Test
    void statisticsStoryIsNoEvent() {
        ReadoutRecord r = extract(" date 2024-01-15 Vietnam-China trade tops 170 billion USD\n\n"
                + "HANOI, Jan. 15 (VNA) -- Trade between Vietnam and China reached 171 billion U.S. dollars in 2023, "
                + "down 2 percent from a year earlier, according to the General Department of Vietnam Customs.\n\n"
                + "Exports of electronics rose sharply, while imports of fruit and vegetables fell.\n");

        assertThat(r.events()).isEmpty();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("no_event"));
    }

    @Test
    void eventEvidenceIsTheSentenceThatReportsIt() {
        String text = "Vietnamese Foreign Minister Bui Thanh Son met with Lao Foreign Minister Saleumxay Kommasith in Hanoi on Monday.\n";

        Event e = extract(text).events().get(0);

        assertThat(text.substring(e.evidence().start(), e.evidence().end())).startsWith("Vietnamese Foreign Minister");
    }
}
