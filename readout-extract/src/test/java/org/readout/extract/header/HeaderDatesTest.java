package org.readout.extract.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderDatesTest {
    private final HeaderDates dates = new HeaderDates();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POLITICS 16:54 / 21.12.2022 3988 | 2022-12-21",
            "Updated: 25-12-2024 13:20 IST | 2024-12-25",
            "2024/5/14 | 2024-05-14",
            "2026-02-10T11:40+0000 | 2026-02-10",
            "Posted in Europe, 17-Jan-06 | 2006-01-17",
            "calendar>>May 4. 2018 Juche 107 | 2018-05-04",
            "Sat 23 - January 2016 - 09:46 | 2016-01-23",
            "Published: 13th April 2025 1:22 pm IST | 2025-04-13",
            "ENA February 10/2020 | 2020-02-10",
            "文章日期:2019年10月23日 | 2019-10-23",
            "평양 2018년 5월 4일 | 2018-05-04",
            "平成29年4月28日 | 2017-04-28",
            "令和元年5月1日 | 2019-05-01",
            "Washington, (3/17/2016) | 2016-03-17",
            "12/03/2024 | 2024-12-03",
    })
    void readsTheFormsPagesPrintDatesIn(String text, LocalDate expected) {
        assertThat(dates.find(text)).first().extracting(HeaderDates.Found::date).isEqualTo(expected);
    }

    @Test
    void aDayTheCalendarHasNotIsNoDate() {
        assertThat(dates.find("Ref. 31.02.2020 and 2019-13-01")).isEmpty();
    }

    @Test
    void aStretchIsReadOnce() {
        assertThat(dates.find("2022-08-05 16:40")).singleElement()
                .extracting(HeaderDates.Found::start).isEqualTo(0);
    }
}
