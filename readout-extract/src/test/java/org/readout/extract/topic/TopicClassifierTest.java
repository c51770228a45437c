package org.readout.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.text.SentenceSplitter;
import org.readout.model.Span;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

class TopicClassifierTest {
    private static TopicClassifier classifier;
    private static SentenceSplitter splitter;

    @BeforeAll
    static void load() {
        Knowledge knowledge = KnowledgeLoader.load(null);
        classifier = new TopicClassifier(knowledge.topics(), knowledge.titles());
        splitter = new SentenceSplitter();
    }

    @Test
    void southChinaSeaIsAMaritimeDispute() {
        assertThat(classifier.topicsOf("Both sides should keep peace and stability in the South China Sea."))
                .contains("maritime_disputes");
    }

    @Test
    void importanceIsNotAboutImports() {
        assertThat(classifier.topicsOf("Vietnam attaches great importance to its relations with China.")).doesNotContain("trade");
        assertThat(classifier.topicsOf("China will import more Vietnamese durian.")).contains("trade");
    }

    @Test
    void friendshipAloneIsNotPeopleToPeopleExchange() {
        assertThat(classifier.topicsOf("The two parties cherish their traditional friendship.")).doesNotContain("people_to_people");
        assertThat(classifier.topicsOf("The two sides will expand tourism and youth exchanges.")).contains("people_to_people");
    }

    @Test
    void vaccinesAreAboutPublicHealth() {
        assertThat(classifier.topicsOf("China will donate more COVID-19 vaccines to Laos."))
                .contains("public_health");
    }

    @Test
    void beltAndRoadIsItsOwnTopic() {
        assertThat(classifier.topicsOf("The two sides will push forward Belt and Road cooperation."))
                .contains("belt_and_road");
    }

    @Test
    void sentenceAboutNoneOfThemGetsNoneOfThem() {
        assertThat(classifier.topicsOf("The weather in the capital was mild on Monday."))
                .doesNotContain("maritime_disputes", "public_health", "belt_and_road");
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        assertThat(classifier.topicsOf("The roadmap was approved.")).doesNotContain("belt_and_road");
        assertThat(classifier.topicsOf("He spoke of Taiwanese tea.")).doesNotContain("sovereignty_core_interests");
    }

    @Test
    void classifyGivesEachStatementItsTopicsAndKeepsTheRest() {
        Statement s = new Statement("Wang Yi", "CHN", StatementKind.COMMITMENT, List.of(),
                "China is willing to help Vietnam with COVID-19 vaccines.", new Span(10, 65));

        Statement classified = classifier.classify(List.of(s)).get(0);

        assertThat(classified.topics()).contains("public_health");
        assertThat(classified.speaker()).isEqualTo("Wang Yi");
        assertThat(classified.kind()).isEqualTo(StatementKind.COMMITMENT);
        assertThat(classified.evidence()).isEqualTo(new Span(10, 65));
    }

    @Test
    void aWordInsideAnExceptionIsNotItsTopic() {
        assertThat(classifier.topicsOf("The talks were fruitful and injected positive energy into the partnership."))
                .doesNotContain("agriculture_food", "energy_resources");
        assertThat(classifier.topicsOf("Both sides will align the Belt and Road Initiative with the new plan."))
                .contains("belt_and_road").doesNotContain("connectivity_infrastructure");
        assertThat(classifier.topicsOf("Both sides will build more roads and a new bridge.")).contains("connectivity_infrastructure");
    }

    @Test
    void aPhraseWithCapitalsMatchesOnlyAsWritten() {
        assertThat(classifier.topicsOf("They spoke on the sidelines of the EU summit.")).contains("regional_cooperation");
        assertThat(classifier.topicsOf("Who will host the next round?")).doesNotContain("public_health");
        assertThat(classifier.topicsOf("He praised the WHO for its work.")).contains("public_health");
    }

    @Test
    void aTopicWordInAnOfficeIsPartOfAName() {
        assertThat(classifier.topicsOf("Minister of Industry and Trade Ana Lopez attended the dinner.")).doesNotContain("trade");
        assertThat(classifier.topicsOf("Defence Minister Ana Lopez joined the talks.")).doesNotContain("defense_security");
        assertThat(classifier.topicsOf("Ana Lopez said trade rose by a tenth.")).contains("trade");
    }

    @Test
    void documentTopicsAreThoseOfItsStatementsAndOfItsStory() {
        Statement s = new Statement("both", "BOTH", StatementKind.AGREEMENT, List.of("maritime_disputes"),
                "They agreed to manage differences at sea.", new Span(0, 41));

        List<String> topics = classifier.documentTopics(List.of(s), splitter.split(
                "They agreed to manage differences at sea. The two ministers also discussed vaccine supplies for the coming winter."));

        assertThat(topics).contains("maritime_disputes", "public_health");
    }

    @Test
    void headlinesAndMenusSayNothingOfTheDocument() {
        List<String> topics = classifier.documentTopics(List.of(),
                splitter.split("Health | Trade | Energy\n\nMinisters Meet In Hanoi To Talk About Vaccines"));

        assertThat(topics).isEmpty();
    }
}
