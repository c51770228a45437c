package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
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
        "The Belt and Road spans new roads and ports.",    // an exception covers the first match, not the second
        "ſecurity coopeRATİon and İNVESTMENT",        // letters whose case folds outside ASCII
        "",
    })
    void cuesNeverChangeWhetherATopicOccurs(String text) {
        String folded = TopicLexicon.caseFold(text);
        for (TopicLexicon.Topic topic : lexicon.topics()) {
            assertThat(topic.occursIn(text, folded)).as(topic.id()).isEqualTo(occursOutsideExceptions(topic, text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"They injected positive energy into ties.", "They agreed on a road map for the talks."})
    void aMatchInsideAnExceptionDoesNotCount(String text) {
        String folded = TopicLexicon.caseFold(text);
        assertThat(lexicon.topics()).noneMatch(t -> (t.id().equals("energy_resources") || t.id().equals("connectivity_infrastructure"))
                && t.occursIn(text, folded));
    }

    /** Every match of the topic's pattern, tried against every match of its exceptions: the slow, plain answer. */
    private static boolean occursOutsideExceptions(TopicLexicon.Topic topic, String text) {
        Matcher m = topic.pattern().matcher(text);
        while (m.find()) {
            boolean covered = false;
            if (topic.except() != null) {
                Matcher x = topic.except().matcher(text);
                while (x.find()) {
                    covered |= x.start() <= m.start() && m.end() <= x.end();
                }
            }
            if (!covered) {
                return true;
            }
        }
        return false;
    }
}
