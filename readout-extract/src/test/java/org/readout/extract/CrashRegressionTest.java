package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;

/**
 * Texts of the shapes that once made extraction fail, invented after the pages that did: each now gets its
 * record, with the event it reports.
 */
class CrashRegressionTest {
    private static Readout readout;

    @BeforeAll
    static void create() {
        readout = Readout.create();
    }

    // A meeting in a third country whose place the framer cannot read ("being held" with no "in") once failed
    // on the missing location when it took the venue's country for host.
    @Test
    void aCourtesyCallOnAVisitorToAThirdCountryWhosePlaceIsNotReadIsAThirdLocationMeeting() {
        ReadoutRecord r = readout.extract("call.txt", """
                PRIME MINISTER OF CANADA PAYS COURTESY CALL ON PRESIDENT OF CHILE
                On June 12, Prime Minister of Canada Mark Ellison paid a courtesy call on President of Chile \
                Sofia Fuentes, who is on a working visit to Japan to attend the Pacific Trade Forum being held Osaka.
                President Fuentes thanked Prime Minister Ellison for Canada's support of the forum.
                """);

        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.THIRD_LOCATION);
            assertThat(e.host()).isEqualTo("JPN");
            assertThat(countries(e)).containsExactlyInAnyOrder("CAN", "CHL");
        });
    }

    // Leaders who meet on one's way back from a visit elsewhere, and talk about that visit: once failed the same way.
    @Test
    void leadersWhoMeetOnTheWayBackFromAVisitElsewhereGetTheirMeeting() {
        ReadoutRecord r = readout.extract("aide.txt", """
                Kask discussed Canada visit with Moldova's Rusu, Estonian official says
                Newswire | Updated: 14-03-2023 18:20 IST
                Estonian President Mart Kask and his Moldovan counterpart Ion Rusu talked on Tuesday about Rusu's \
                visit to Canada, Kask's chief of staff said after the two met as Rusu was travelling back from Ottawa.
                "They talked about the visit and about bilateral relations," the chief of staff told reporters.
                """);

        assertThat(r.events()).isNotEmpty().anySatisfy(e -> assertThat(e.participants())
                .extracting(Participant::name, Participant::country)
                .containsExactlyInAnyOrder(tuple("Mart Kask", "EST"), tuple("Ion Rusu", "MDA")));
        assertThat(r.events()).noneMatch(e -> e.mode() == EventMode.PHONE || e.mode() == EventMode.VIDEO);
    }

    // A slip like "31 February" is no date: it once failed every reader that made a day of it.
    @Test
    void aDateThatCannotExistIsNoDate() {
        ReadoutRecord r = readout.extract("slip.txt", """
                Ministers meet in Hanoi
                Posted 31 February 2024

                Vietnamese Foreign Minister Tran Van Minh met German Foreign Minister Anna Keller in Hanoi on \
                30 February 2024.

                Tran said Vietnam is ready to expand trade with Germany.
                """);

        assertThat(r.published()).isNull();
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.date()).isNull();
            assertThat(e.location()).isEqualTo(new Location("Hanoi", null, "VNM"));
        });
    }

    @Test
    void aDateThatCannotExistInAnotherLanguageIsNoDate() {
        ReadoutRecord r = readout.extract("slip-zh.txt", "外长王毅2024年2月30日在北京会见到访的俄罗斯外长拉夫罗夫。\n双方就双边关系交换了意见。\n");

        assertThat(r.language()).isEqualTo("zh");
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.date()).isNull();
            assertThat(e.location()).isEqualTo(new Location("Beijing", null, "CHN"));
        });
    }

    private static List<String> countries(Event e) {
        return e.participants().stream().map(Participant::country).toList();
    }
}
