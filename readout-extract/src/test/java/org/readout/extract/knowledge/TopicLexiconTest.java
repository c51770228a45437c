package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicLexiconTest {
    private static TopicLexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = KnowledgeLoader.load(null).topics();
    }

    /** The cues only skip work: with or without them, every topic gives the same answer. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Both sides should keep peace and stability in the SOUTH CHINA SEA.",
        "China will donate more Covid-19 vaccines and medical supplies to Laos.",
        "The two sides will push forward Belt-and-Road cooperation and people-to-people exchanges.",
        "They discussed the Mekong - Lancang mechanism and the 2+2 dialogue.",
        "The roadmap was approved by the committee.",
        "The roadmap covers road and rail links.",          // the first place a cue occurs is not a match
        "ſecurity coopeRATİon and İNVESTMENT",        // letters whose case folds outside ASCII
        "",
    })
    void cuesNeverChangeWhetherATopicOccurs(String text) {
        String folded = TopicLexicon.caseFold(text);
        for (TopicLexicon.Topic topic : lexicon.topics()) {
            assertThat(topic.occursIn(text, folded)).as(topic.id()).isEqualTo(topic.pattern().matcher(text).find());
        }
    }
}
