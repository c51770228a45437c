package org.readout.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.model.Span;

class DateFinderTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The ministers met on July 13, 2023 in Jakarta.  | 2023 | 7  | 13",
        "The ministers met on 13 July 2023 in Jakarta.   | 2023 | 7  | 13",
        "The talks were held on Nov. 27, 2019 in Hanoi.  | 2019 | 11 | 27",
        "Posted 2023-07-13 by the ministry.              | 2023 | 7  | 13",
        "Posted 08/05/2022 by the embassy.               | 2022 | 8  | 5",
    })
    void readsCalendarDatesInTheirCommonSpellings(String text, int year, int month, int day) {
        List<DateMention> found = finder.find(text, 0);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.isComplete()).isTrue();
            assertThat(List.of(d.year(), d.month(), d.day())).containsExactly(year, month, day);
        });
    }

    @Test
    void readsSlashedDatesMonthFirst() {
        DateMention d = finder.find("08/05/2022", 0).get(0);

        assertThat(d.month()).isEqualTo(8);
        assertThat(d.day()).isEqualTo(5);
    }

    @Test
    void readsSlashedDatesDayFirstWhenTheFirstNumberCannotBeAMonth() {
        DateMention d = finder.find("25/05/2022", 0).get(0);

        assertThat(d.month()).isEqualTo(5);
        assertThat(d.day()).isEqualTo(25);
    }

    @Test
    void spanCoversTheWholeExpressionShiftedByTheOffset() {
        String text = "They met on Nov. 27, 2019.";

        DateMention d = finder.find(text, 100).get(0);

        assertThat(d.span()).isEqualTo(new Span(100 + text.indexOf("Nov."), 100 + text.indexOf(".", text.indexOf("2019"))));
    }

    @Test
    void isoDateIsOneMentionNotAlsoAShorterOne() {
        assertThat(finder.find("2023-07-13", 0)).hasSize(1);
    }

    @Test
    void leavesTheYearOpenWhenTheTextGivesNone() {
        DateMention d = finder.find("Wang Yi arrived on March 28 for talks.", 0).get(0);

        assertThat(d.isCalendar()).isTrue();
        assertThat(d.isComplete()).isFalse();
        assertThat(d.year()).isNull();
        assertThat(d.month()).isEqualTo(3);
        assertThat(d.day()).isEqualTo(28);
    }

    @Test
    void findsWeekdays() {
        DateMention d = finder.find("The two ministers met on Thursday.", 0).get(0);

        assertThat(d.weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(d.isCalendar()).isFalse();
    }

    @Test
    void findsTodayAndYesterdayAsDaysBeforeWriting() {
        List<DateMention> found = finder.find("He said today that they had spoken yesterday.", 0);

        assertThat(found).extracting(DateMention::daysBefore).containsExactly(0, 1);
    }

    @Test
    void findsEveryDateInTextOrder() {
        List<DateMention> found = finder.find("On Monday, after the visit of 13 July 2023, and before 2023-08-01.", 0);

        assertThat(found).hasSize(3);
        assertThat(found.get(0).weekday()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(found.get(1).month()).isEqualTo(7);
        assertThat(found.get(2).month()).isEqualTo(8);
    }

    @Test
    void findsNothingInTextWithoutDates() {
        assertThat(finder.find("The two sides exchanged views on issues of common concern.", 0)).isEmpty();
    }

    @Test
    void ignoresImpossibleMonths() {
        assertThat(finder.find("Reference 13/13/2022 is not a date.", 0)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the Sunday Times reported the talks",
        "Monday Kariuki, the cabinet secretary, met the envoy",
        "The two leaders will meet next Tuesday in Nairobi",
    })
    void weekdayInANameOrStillToComeIsNoDate(String text) {
        assertThat(finder.find(text, 0)).isEmpty();
    }

    @Test
    void weekdayBeforeANameIsADateWhenAPrepositionSaysSo() {
        assertThat(finder.find("On Friday Kenyatta received the envoy.", 0)).singleElement()
                .satisfies(d -> assertThat(d.weekday()).isEqualTo(DayOfWeek.FRIDAY));
        assertThat(finder.find("Last Thursday Dimitrov met the envoy.", 0)).singleElement()
                .satisfies(d -> assertThat(d.weekday()).isEqualTo(DayOfWeek.THURSDAY));
    }

    @Test
    void lastWeekdayAndLastNightAreBeforeTheDayOfWriting() {
        List<DateMention> found = finder.find("They spoke last Friday and again last night.", 0);

        assertThat(found).extracting(DateMention::weekday, DateMention::daysBefore)
                .containsExactly(tuple(DayOfWeek.FRIDAY, 1), tuple(null, 1));
    }
}
