package org.readout.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    /** A Friday. */
    private static final LocalDate FRIDAY_2024_04_05 = LocalDate.of(2024, 4, 5);

    private final DateFinder finder = new DateFinder();
    private final DateResolver resolver = new DateResolver();

    private Optional<LocalDate> resolve(String text, LocalDate anchor, Integer fallbackYear) {
        return resolver.resolve(finder.find(text, 0).get(0), anchor, fallbackYear);
    }

    @Test
    void completeDatesNeedNoAnchor() {
        assertThat(resolve("July 13, 2023", null, null)).contains(LocalDate.of(2023, 7, 13));
        assertThat(resolve("13 July 2023", null, null)).contains(LocalDate.of(2023, 7, 13));
        assertThat(resolve("Nov. 27, 2019", null, null)).contains(LocalDate.of(2019, 11, 27));
        assertThat(resolve("2023-07-13", null, null)).contains(LocalDate.of(2023, 7, 13));
        assertThat(resolve("08/05/2022", null, null)).contains(LocalDate.of(2022, 8, 5));
    }

    @Test
    void completeDateIsNotMovedByTheAnchor() {
        assertThat(resolve("Nov. 27, 2019", FRIDAY_2024_04_05, 2024)).contains(LocalDate.of(2019, 11, 27));
    }

    @Test
    void weekdayIsItsLatestOccurrenceBeforeTheAnchor() {
        assertThat(resolve("on Thursday", FRIDAY_2024_04_05, null)).contains(LocalDate.of(2024, 4, 4));
        assertThat(resolve("on Monday", FRIDAY_2024_04_05, null)).contains(LocalDate.of(2024, 4, 1));
        assertThat(resolve("on Saturday", FRIDAY_2024_04_05, null)).contains(LocalDate.of(2024, 3, 30));
    }

    @Test
    void weekdayOfTheAnchorIsTheAnchorItself() {
        assertThat(resolve("on Friday", FRIDAY_2024_04_05, null)).contains(FRIDAY_2024_04_05);
    }

    @Test
    void lastWeekdayIsNeverTheAnchorItself() {
        assertThat(resolve("last Friday", FRIDAY_2024_04_05, null)).contains(LocalDate.of(2024, 3, 29));
        assertThat(resolve("last Thursday", FRIDAY_2024_04_05, null)).contains(LocalDate.of(2024, 4, 4));
    }

    @Test
    void todayIsTheAnchorAndYesterdayTheDayBefore() {
        assertThat(resolve("today", FRIDAY_2024_04_05, null)).contains(FRIDAY_2024_04_05);
        assertThat(resolve("yesterday", FRIDAY_2024_04_05, null)).contains(LocalDate.of(2024, 4, 4));
    }

    @Test
    void relativeWordsWithoutAnAnchorStayUnresolved() {
        assertThat(resolve("on Thursday", null, 2024)).isEmpty();
        assertThat(resolve("yesterday", null, 2024)).isEmpty();
    }

    @Test
    void dateWithoutYearTakesTheAnchorsYear() {
        assertThat(resolve("on March 28", FRIDAY_2024_04_05, null)).contains(LocalDate.of(2024, 3, 28));
        assertThat(resolve("on 2 April", FRIDAY_2024_04_05, null)).contains(LocalDate.of(2024, 4, 2));
    }

    @Test
    void dateWithoutYearThatWouldFallAfterTheAnchorIsOfTheYearBefore() {
        assertThat(resolve("on December 30", LocalDate.of(2024, 1, 3), null)).contains(LocalDate.of(2023, 12, 30));
    }

    @Test
    void dateWithoutYearAndWithoutAnchorTakesTheFallbackYear() {
        assertThat(resolve("on March 28", null, 2021)).contains(LocalDate.of(2021, 3, 28));
        assertThat(resolve("on March 28", null, null)).isEmpty();
    }

    @Test
    void impossibleDayIsNoDate() {
        // the finder drops "February 30, 2023" itself (ImpossibleDatesTest); "February 29" it keeps, for leap years
        assertThat(resolve("on February 29", LocalDate.of(2023, 3, 1), null)).isEmpty();
        assertThat(resolve("on February 29", LocalDate.of(2024, 3, 1), null)).contains(LocalDate.of(2024, 2, 29));
    }
}
