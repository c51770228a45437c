package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicLexiconTest {
    private static TopicLexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = KnowledgeLoader.load(null).topics();
    }

    /** The word index only skips work: it finds what trying every topic's pattern everywhere finds. */
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
        "The EU and the eu-funded UN agencies met in U.N. offices.",
        "BILATERAL-relations and bilateral \t\n - ties; mutual trustee; ²mutual trust; x_mutual trust",  // plain phrases compared without their pattern
        "",
    })
    void theIndexFindsWhatThePatternsFind(String text) {
        assertThat(lexicon.topicsIn(text, (t, s, e) -> true)).isEqualTo(everyPatternEverywhere(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"They injected positive energy into ties.", "They agreed on a road map for the talks."})
    void aMatchInsideAnExceptionDoesNotCount(String text) {
        assertThat(lexicon.topicsIn(text, (t, s, e) -> true)).doesNotContain("energy_resources", "connectivity_infrastructure");
    }

    @Test
    void theCallersFilterVetoesAMatch() {
        String text = "Trade rose.";
        assertThat(lexicon.topicsIn(text, (t, s, e) -> true)).contains("trade");
        assertThat(lexicon.topicsIn(text, (t, s, e) -> !t.substring(s, e).equals("Trade"))).doesNotContain("trade");
    }

    /** Every match of every topic's pattern, tried against every match of its exceptions: the slow, plain answer. */
    private static List<String> everyPatternEverywhere(String text) {
        List<String> ids = new ArrayList<>();
        for (TopicLexicon.Topic topic : lexicon.topics()) {
            Matcher m = topic.pattern().matcher(text);
            boolean found = false;
            while (!found && m.find()) {
                boolean covered = false;
                if (topic.except() != null) {
                    Matcher x = topic.except().matcher(text);
                    while (x.find()) {
                        covered |= x.start() <= m.start() && m.end() <= x.end();
                    }
                }
                found = !covered;
            }
            if (found) {
                ids.add(topic.id());
            }
        }
        return ids;
    }
}
