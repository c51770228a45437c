package org.readout.extract.perspective;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.Readout;
import org.readout.model.ReadoutRecord;

/** Whose account a text is, as the facade resolves it from outlet, dateline and the way persons are named. */
class PerspectiveResolverTest {
    private static Readout readout;

    @BeforeAll
    static void create() {
        readout = Readout.create();
    }

    private static ReadoutRecord extract(String text) {
        return readout.extract("doc.txt", text);
    }

    @Test
    void stateAgencyReadoutIsItsStatesAccount() {
        ReadoutRecord r = extract("BEIJING, March 4 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Lao Foreign "
                + "Minister Saleumxay Kommasith in Beijing on Monday.\n\n"
                + "Wang said China is ready to deepen cooperation with Laos.\n");

        assertThat(r.outlet()).isEqualTo("Xinhua");
        assertThat(r.perspective()).isEqualTo("CHN");
    }

    @Test
    void sideNamedWithoutNationalityIsTheAccountsOwn() {
        ReadoutRecord r = extract("Foreign Minister Penny Wong met with Chinese Foreign Minister Wang Yi in Canberra on Wednesday.\n\n"
                + "The two ministers discussed trade and consular cases.\n");

        assertThat(r.outlet()).isNull();
        assertThat(r.events()).hasSize(1);
        assertThat(r.perspective()).isEqualTo("AUS");
    }

    @Test
    void ownLeaderNamedBySurnameOnlyStillCounts() {
        ReadoutRecord r = extract("PM Albanese holds talks with Indonesian President Joko Widodo in Jakarta\n\n"
                + "Prime Minister Anthony Albanese met Indonesian President Joko Widodo in Jakarta on Monday.\n");

        assertThat(r.events()).hasSize(1);
        assertThat(r.perspective()).isEqualTo("AUS");
    }

    @Test
    void anAppositiveNamingTheStateQualifiesThePerson() {
        ReadoutRecord r = extract("Foreign Minister Penny Wong held talks with Wang Yi, Minister of Foreign Affairs of "
                + "the People's Republic of China, in Canberra on Wednesday.\n");

        assertThat(r.events()).hasSize(1);
        assertThat(r.perspective()).isEqualTo("AUS");
    }

    @Test
    void accountNamingBothSidesWithTheirNationalitiesIsIndependent() {
        ReadoutRecord r = extract("Australian Foreign Minister Penny Wong met with Chinese Foreign Minister Wang Yi in "
                + "Canberra on Wednesday, the first such visit in seven years.\n\n"
                + "Analysts said the talks signalled a further thaw in relations.\n");

        assertThat(r.outlet()).isNull();
        assertThat(r.events()).hasSize(1);
        assertThat(r.perspective()).isNull();
    }

    @Test
    void internationalWireIsNoStatesAccount() {
        ReadoutRecord r = extract("CANBERRA, March 20 (Reuters) - Australian Foreign Minister Penny Wong met with Chinese "
                + "Foreign Minister Wang Yi in Canberra on Wednesday.\n");

        assertThat(r.outlet()).isEqualTo("Reuters");
        assertThat(r.perspective()).isNull();
    }

    @Test
    void governmentTheTextCitesForItsAccountGivesIt() {
        ReadoutRecord r = extract("Australian Foreign Minister Penny Wong held a phone call with Indonesian Foreign Minister "
                + "Retno Marsudi on Tuesday, the Indonesian foreign ministry said in a statement.\n\n"
                + "The two ministers discussed the situation in Myanmar.\n");

        assertThat(r.events()).hasSize(1);
        assertThat(r.perspective()).isEqualTo("IDN");
    }

    @Test
    void internationalWireCitingAGovernmentIsStillNoStatesAccount() {
        ReadoutRecord r = extract("JAKARTA, March 20 (Reuters) - Australian Foreign Minister Penny Wong met Indonesian "
                + "Foreign Minister Retno Marsudi in Jakarta on Wednesday, the Indonesian foreign ministry said.\n");

        assertThat(r.perspective()).isNull();
    }

    @Test
    void nationalPressOfAParticipatingStateGivesItsAccount() {
        ReadoutRecord r = extract("Tokyo, March 1 (Jiji Press)--Japanese Foreign Minister Yoko Kamikawa met Australian "
                + "Foreign Minister Penny Wong in Tokyo on Friday.\n");

        assertThat(r.outlet()).isEqualTo("Jiji Press");
        assertThat(r.perspective()).isEqualTo("JPN");
    }

    @Test
    void personQualifiedWhereFirstNamedIsQualifiedThroughout() {
        ReadoutRecord r = extract("Foreign Minister Penny Wong met her Chinese counterpart Wang Yi in Canberra on Wednesday.\n\n"
                + "Wang Yi said the two countries should expand trade.\n");

        assertThat(r.perspective()).isEqualTo("AUS");
    }

    @Test
    void textInAnotherLanguageIsItsNationalOutletsAccount() {
        ReadoutRecord r = extract("Hà Nội (TTXVN) - Chiều 5/4, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng "
                + "Ngoại giao Lào tại trụ sở Bộ Ngoại giao. Hai bên nhất trí tăng cường hợp tác trong thời gian tới.\n");

        assertThat(r.language()).isEqualTo("vi");
        assertThat(r.perspective()).isEqualTo("VNM");
    }
}
