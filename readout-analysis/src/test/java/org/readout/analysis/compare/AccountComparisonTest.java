package org.readout.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.MeetingMerger;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Span;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

class AccountComparisonTest {
    private static final Event EVENT = new Event(EventMode.VISIT, LocalDate.parse("2024-04-04"),
            new Location("Hanoi", null, "VNM"), "VNM", null,
            List.of(new Participant("Wang Yi", "CHN", List.of()), new Participant("Bui Thanh Son", "VNM", List.of())),
            new Span(0, 10));

    private static final Statement CN_IMPORT = say("Wang Yi", "CHN", StatementKind.COMMITMENT, "trade",
            "China is willing to import more Vietnamese agricultural products.");
    private static final Statement CN_TAIWAN = say("Wang Yi", "CHN", StatementKind.POSITION, "sovereignty_core_interests",
            "Wang Yi said the Taiwan question bears on China's core interests.");
    private static final Statement CN_SEA = say("Wang Yi", "CHN", StatementKind.PROPOSAL, "maritime_disputes",
            "The two sides should properly manage differences in the South China Sea.");
    private static final Statement VN_IMPORT = say("Wang Yi", "CHN", StatementKind.COMMITMENT, "trade",
            "Wang Yi affirmed that China will increase purchases of Viet Nam's farm produce.");
    private static final Statement VN_SEA = say(Statement.BOTH, Statement.BOTH_COUNTRY, StatementKind.AGREEMENT,
            "maritime_disputes", "The two sides agreed to properly manage differences in the East Sea.");
    private static final Statement VN_ON_TRADE = say("Bui Thanh Son", "VNM", StatementKind.PROPOSAL, "trade",
            "Son asked China to import more Vietnamese agricultural products.");
    private static final Statement VN_THANKS = say("Bui Thanh Son", "VNM", StatementKind.SUPPORT, "political_relations",
            "Son thanked China for its vaccine donations.");

    private static Statement say(String speaker, String country, StatementKind kind, String topic, String text) {
        return new Statement(speaker, country, kind, List.of(topic), text, null);
    }

    private static ReadoutRecord record(String doc, String perspective, String title, List<Statement> statements) {
        return new ReadoutRecord(doc, title, "en", null, null, null, perspective, List.of(EVENT), statements,
                List.of(), List.of(), List.of(), null);
    }

    private final ReadoutRecord chinese = record("cn.txt", "CHN", "Wang Yi holds talks with Bui Thanh Son",
            List.of(CN_IMPORT, CN_TAIWAN, CN_SEA));
    private final ReadoutRecord vietnamese = record("vn.txt", "VNM", "FM Son receives Chinese counterpart",
            List.of(VN_IMPORT, VN_SEA, VN_THANKS, VN_ON_TRADE));
    private final Meeting meeting = new MeetingMerger().merge(List.of(
            new Account("cn", "cn.txt", 0, null, "CHN", null, EVENT),
            new Account("vn", "vn.txt", 0, null, "VNM", null, EVENT))).get(0);
    private final Comparison comparison = new AccountComparison().compare(meeting, Map.of("cn", chinese, "vn", vietnamese));

    @Test
    void showsEachAccountsStatementsPerTopicAndTheTopicsOnlyOneReports() {
        assertThat(comparison.accounts()).extracting(Side::perspective).containsExactly("CHN", "VNM");
        assertThat(comparison.topics()).filteredOn(t -> t.topic().equals("trade")).singleElement()
                .satisfies(t -> assertThat(t.statements()).containsOnlyKeys("cn#0", "vn#0"));
        assertThat(comparison.oneSidedTopics()).extracting(TopicView::topic)
                .containsExactly("political_relations", "sovereignty_core_interests");
    }

    @Test
    void linesUpTheSameStatementInOtherWordsAndKeepsTheOneSided() {
        // Son's request has China's words but is Vietnam's: another speaker's state never matches.
        assertThat(comparison.statements()).anySatisfy(m ->
                assertThat(m.statements()).containsEntry("cn#0", CN_IMPORT).containsEntry("vn#0", VN_IMPORT));
        assertThat(comparison.statements()).anySatisfy(m ->
                assertThat(m.statements()).containsEntry("cn#0", CN_SEA).containsEntry("vn#0", VN_SEA));
        assertThat(comparison.oneSidedStatements()).extracting(m -> m.statements().values().iterator().next())
                .containsExactlyInAnyOrder(CN_TAIWAN, VN_THANKS, VN_ON_TRADE);
    }

    @Test
    void showsTheTermsEachAccountUsesAndTheConceptsOnlyOneMentions() {
        assertThat(comparison.framingDifferences()).singleElement().satisfies(f -> {
            assertThat(f.concept()).isEqualTo("south_china_sea");
            assertThat(f.terms()).containsEntry("cn#0", Set.of("South China Sea")).containsEntry("vn#0", Set.of("East Sea"));
        });
        assertThat(comparison.oneSidedConcepts()).singleElement().satisfies(f -> {
            assertThat(f.concept()).isEqualTo("taiwan");
            assertThat(f.silent()).containsExactly("vn#0");
        });
    }

    @Test
    void anAccountWhoseRecordIsMissingHasNoStatementsAndIsNotSilent() {
        Comparison partial = new AccountComparison().compare(meeting, Map.of("cn", chinese));

        assertThat(partial.accounts().get(1).found()).isFalse();
        assertThat(partial.accounts().get(1).statements()).isEmpty();
        assertThat(partial.framing()).allSatisfy(f -> assertThat(f.silent()).isEmpty());
    }
}
