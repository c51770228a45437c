package org.readout.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRolesTest {
    private final DateRoles roles = new DateRoles();

    /** The role of the date written between brackets in {@code marked}. */
    private DateRole role(String marked) {
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        return roles.role(marked.replace("[", "").replace("]", ""), start, end);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Minister Ana Ruiz met her Chilean counterpart on [Tuesday] in Lima.                                | INTERACTION",
        "The two leaders spoke by phone, the ministry said on [Friday].                                     | REPORT",
        "The two leaders discussed trade in a call on [Monday], the prime minister's office said.           | INTERACTION",
        "Portugal on [Tuesday] said the two ministers had agreed to cooperate.                              | REPORT",
        "According to the foreign ministry on [Thursday], the minister had a breakfast meeting with him.    | REPORT",
        "The President arrived in Lusaka [Friday] night at the head of a delegation.                        | TRAVEL",
        "The ministers will meet on [Thursday] in Geneva.                                                    | OTHER",
        "The minister visited the country from [June 16] to 21 and held a meeting with the premier.          | OTHER",
        "On [18 February], on the sidelines of the Union's summit, President Ould Dahan met with the premier.| INTERACTION",
        "On [3 August] local time, State Councillor and Foreign Minister Li Wen, who was on a visit to Laos, held talks with his host.| INTERACTION",
        "On [Friday], the presence of the minister caused tensions at the meeting of the group's finance ministers.| UNSAID",
        "Chancellor Maria Berg gave a thumbs up on [Thursday] after two days of talks with the president.    | UNSAID",
        "Minister Li Wen Holds Talks with Deputy Prime Minister and Foreign Minister Tan Vo, [August 4, 2022] | UNSAID",
        "The weather was fine on [Sunday].                                                                   | UNSAID",
    })
    void theNearestWordSaysWhatTheDateDates(String marked, DateRole expected) {
        assertThat(role(marked.strip())).isEqualTo(expected);
    }
}
