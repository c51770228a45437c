package org.readout.analysis.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.analysis.StatementRef;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

class CommitmentGrouperTest {
    private static final CommitmentGrouper GROUPER = new CommitmentGrouper();
    private static final List<String> TRADE = List.of("trade");

    private static StatementRef ref(String doc, String date, String country, StatementKind kind, List<String> topics,
                                    String text, String... parties) {
        Statement s = new Statement(country, country, kind, topics, text, null);
        return new StatementRef("sha-" + doc, doc, 0, LocalDate.parse(date), null, s, List.of(parties));
    }

    private static final StatementRef IMPORT_2021 = ref("a.txt", "2021-09-11", "CHN", StatementKind.COMMITMENT, TRADE,
            "China is willing to import more Vietnamese agricultural products.");
    private static final StatementRef IMPORT_2023 = ref("b.txt", "2023-12-12", "CHN", StatementKind.COMMITMENT, TRADE,
            "China will increase imports of Vietnamese farm produce.");
    private static final StatementRef IMPORT_2025 = ref("c.txt", "2025-04-14", "CHN", StatementKind.COMMITMENT, TRADE,
            "China will open its market wider to Vietnam's agricultural products.");
    private static final StatementRef VACCINES = ref("a.txt", "2021-09-11", "CHN", StatementKind.COMMITMENT,
            List.of("health"), "China will provide more COVID-19 vaccines to Vietnam.");

    @Test
    void paraphrasesOfOnePromiseGroupAcrossYearsAndUnrelatedPromisesDoNot() {
        List<CommitmentGroup> groups = GROUPER.group(List.of(VACCINES, IMPORT_2025, IMPORT_2021, IMPORT_2023));

        assertThat(groups).hasSize(2);
        CommitmentGroup imports = groups.get(0);
        assertThat(imports.country()).isEqualTo("CHN");
        assertThat(imports.evidence()).containsExactly(IMPORT_2021, IMPORT_2023, IMPORT_2025);
        assertThat(imports.firstSeen()).isEqualTo(LocalDate.parse("2021-09-11"));
        assertThat(imports.lastSeen()).isEqualTo(LocalDate.parse("2025-04-14"));
        assertThat(imports.meetings()).isEqualTo(3);
        assertThat(imports.documents()).isEqualTo(3);
        assertThat(imports.topics()).containsExactly("trade");
        assertThat(imports.representative()).isEqualTo(IMPORT_2021.statement().text());
        assertThat(groups.get(1).evidence()).containsExactly(VACCINES);
    }

    @Test
    void theSameWordsOnAnotherTopicOrFromAnotherStateAreAnotherPromise() {
        StatementRef otherTopic = ref("d.txt", "2023-12-12", "CHN", StatementKind.COMMITMENT, List.of("health"),
                "China will increase imports of Vietnamese farm produce.");
        StatementRef otherState = ref("e.txt", "2023-12-12", "VNM", StatementKind.COMMITMENT, TRADE,
                "Vietnam will import more Chinese agricultural products.");

        List<CommitmentGroup> groups = GROUPER.group(List.of(IMPORT_2021, otherTopic, otherState));

        assertThat(groups).hasSize(3).allSatisfy(g -> assertThat(g.evidence()).hasSize(1));
        assertThat(groups).extracting(CommitmentGroup::country).containsOnly("CHN", "VNM");
    }

    @Test
    void agreementsWordedAsPromisesCountForEachStateAndProposalsNever() {
        StatementRef agreedTo = ref("f.txt", "2024-08-19", Statement.BOTH_COUNTRY, StatementKind.AGREEMENT, TRADE,
                "The two sides agreed to expand imports of Vietnamese agricultural products.", "CHN", "VNM");
        StatementRef agreedThat = ref("g.txt", "2024-08-19", Statement.BOTH_COUNTRY, StatementKind.AGREEMENT, TRADE,
                "The two sides agreed that trade in agricultural products has grown.", "CHN", "VNM");
        StatementRef proposal = ref("h.txt", "2024-08-19", "VNM", StatementKind.PROPOSAL, TRADE,
                "China should import more Vietnamese agricultural products.");

        List<CommitmentGroup> groups = GROUPER.group(List.of(IMPORT_2021, agreedTo, agreedThat, proposal));

        assertThat(groups).extracting(CommitmentGroup::country).containsExactly("CHN", "VNM");
        assertThat(groups.get(0).evidence()).containsExactly(IMPORT_2021, agreedTo);
        assertThat(groups.get(1).evidence()).containsExactly(agreedTo);
    }

    @Test
    void reportsOfOneMeetingADayApartAreOneOccasion() {
        StatementRef sameMeeting = ref("i.txt", "2021-09-12", "CHN", StatementKind.COMMITMENT, TRADE,
                "China stands ready to import more agricultural products from Vietnam.");

        CommitmentGroup g = GROUPER.group(List.of(IMPORT_2021, sameMeeting)).get(0);

        assertThat(g.evidence()).hasSize(2);
        assertThat(g.meetings()).isEqualTo(1);
        assertThat(g.documents()).isEqualTo(2);
    }

    @Test
    void groupsAndTheirIdsDoNotDependOnTheInputOrder() {
        List<StatementRef> refs = new ArrayList<>(List.of(IMPORT_2021, IMPORT_2023, IMPORT_2025, VACCINES));
        List<CommitmentGroup> expected = GROUPER.group(refs);
        Collections.reverse(refs);

        assertThat(GROUPER.group(refs)).isEqualTo(expected);
    }
}
