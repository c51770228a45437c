package org.readout.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
        classifier = new TopicClassifier(KnowledgeLoader.load(null).topics());
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
    void documentTopicsAreTheStatementsTopicsWhenThereAreStatements() {
        Statement s = new Statement("both", "BOTH", StatementKind.AGREEMENT, List.of("maritime_disputes"),
                "They agreed to manage differences at sea.", new Span(0, 41));

        List<String> topics = classifier.documentTopics(List.of(s),
                splitter.split("They agreed to manage differences at sea. Trade in vaccines rose."));

        assertThat(topics).containsExactly("maritime_disputes");
    }

    @Test
    void documentWithoutStatementsTakesItsSentencesTopics() {
        List<String> topics = classifier.documentTopics(List.of(),
                splitter.split("Exports of vaccines rose. Ships crossed the South China Sea."));

        assertThat(topics).contains("public_health", "maritime_disputes");
    }
}
