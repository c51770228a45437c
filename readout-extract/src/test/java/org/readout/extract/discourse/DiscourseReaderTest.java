package org.readout.extract.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.grammar.ParsedSentence;
import org.readout.extract.grammar.SentenceParser;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.text.SentenceSplitter;
import org.readout.extract.text.Tagger;

/** What descriptions, pronouns and "the parties together" refer to in invented texts. */
class DiscourseReaderTest {
    private static SentenceSplitter splitter;
    private static SentenceParser parser;
    private static DiscourseReader reader;

    @BeforeAll
    static void load() {
        Knowledge knowledge = KnowledgeLoader.load(null);
        splitter = new SentenceSplitter();
        parser = new SentenceParser(new Tagger(), knowledge);
        reader = new DiscourseReader(knowledge);
    }

    /** The names and states the mention of the last sentence that starts with {@code words} refers to. */
    private static List<String> referentOf(String text, String words) {
        SentenceParser.ParsedDocument doc = parser.parse(splitter.split(text), null, 2024);
        Discourse d = reader.read(doc.sentences(), doc.predications(), doc.people());
        int last = doc.sentences().size() - 1;
        ParsedSentence s = doc.sentences().get(last);
        for (Mention m : s.mentions()) {
            String text0 = String.join(" ", s.lower().subList(m.start(), m.end()));
            if (text0.startsWith(words.toLowerCase(java.util.Locale.ROOT))) {
                Referent r = d.of(last, m);
                List<String> out = new java.util.ArrayList<>(r.persons().stream().map(id -> doc.people().get(id).name()).toList());
                out.addAll(r.states());
                return out;
            }
        }
        throw new AssertionError("no mention '" + words + "' in: " + s.sentence().text());
    }

    @Test
    void anOfficeWithItsStateIsThePersonTheTextNamesInIt() {
        String text = "Uzbek President Shavkat Sadikov held talks with Kazakh President Nurlan Temirov in Tashkent. "
                + "The Kazakh President thanked his host for the warm welcome.";

        assertThat(referentOf(text, "the kazakh president")).containsExactly("Nurlan Temirov");
    }

    @Test
    void anOfficeOfSeveralWordsIsTheOnePersonHoldingIt() {
        String text = "Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken on Friday. "
                + "The Secretary of State reiterated that America will protect its allies.";

        assertThat(referentOf(text, "the secretary of state")).containsExactly("Antony Blinken");
    }

    @Test
    void anOfficeIsReadAsTheSameOfficeUnderAnotherName() {
        String text = "Spain's top diplomat Jose Ruiz held talks with Moroccan Prime Minister Karim Alaoui in Rabat. "
                + "The Spanish Foreign Minister also met business leaders.";

        assertThat(referentOf(text, "the spanish foreign minister")).containsExactly("Jose Ruiz");
    }

    @Test
    void thePartiesTogetherAreTheParticipantsOfTheMeetingAtHand() {
        String text = "Peruvian President Ana Ruiz met Chilean President Tomas Vidal in Lima on Monday. "
                + "The two leaders agreed to expand trade.";

        assertThat(referentOf(text, "the two leaders")).containsExactlyInAnyOrder("Ana Ruiz", "Tomas Vidal");
    }

    @Test
    void counterpartsOfSeveralStatesAreTheNamedOnesAndTheStatesOfTheUnnamed() {
        String text = "Peruvian Foreign Minister Ana Ruiz met Chilean Foreign Minister Tomas Vidal and Argentine Foreign "
                + "Minister Pablo Sosa in Lima. Ecuadorian Foreign Minister Luis Mora held meetings with his counterparts from "
                + "Peru, Chile and Bolivia.";

        assertThat(referentOf(text, "his counterparts")).containsExactlyInAnyOrder("Ana Ruiz", "Tomas Vidal", "BOL");
    }

    @Test
    void aGroupsMembersAreNotTheParties() {
        String text = "Peruvian President Ana Ruiz met Chilean President Tomas Vidal in Osaka on Friday. "
                + "The G-20 leaders meeting in Japan ends on Saturday.";

        assertThatThrownBy(() -> referentOf(text, "leaders")).hasMessageContaining("no mention");
    }

    @Test
    void leadersOfACommunityAreNotTheParties() {
        String text = "Peruvian President Ana Ruiz met Chilean President Tomas Vidal in Lima on Friday. "
                + "The delegation of Andean leaders and the Catholic leaders praised the talks.";

        assertThatThrownBy(() -> referentOf(text, "leaders")).hasMessageContaining("no mention");
        assertThatThrownBy(() -> referentOf(text, "the catholic leaders")).hasMessageContaining("no mention");
    }

    @Test
    void aPronounSubjectIsThePersonInFocusAndNotTheObjectOfItsOwnClause() {
        String text = "Ghanaian President Kwame Osei arrived in Addis Ababa on Tuesday. "
                + "He met Ethiopian Prime Minister Abebe Tesfaye at the palace.";

        assertThat(referentOf(text, "he")).containsExactly("Kwame Osei");
    }

    @Test
    void counterpartsGivenByStateAreThoseStates() {
        String text = "Indian Foreign Minister Ravi Kumar held talks with his counterparts from Peru, Chile and Brazil.";

        assertThat(referentOf(text, "his counterparts")).containsExactly("PER", "CHL", "BRA");
    }

    @Test
    void beforeAnyMeetingTheLeadersAreTheLastTwoNamedOfTwoStates() {
        String text = "Chilean President Tomas Vidal was in Bogota with his Colombian counterpart Luis Restrepo. "
                + "The leaders have had a meeting on migration.";

        assertThat(referentOf(text, "the leaders")).containsExactlyInAnyOrder("Tomas Vidal", "Luis Restrepo");
    }

    @Test
    void theyIsThePluralSubjectBeforeIt() {
        String text = "Peruvian President Ana Ruiz met Chilean President Tomas Vidal on Monday. "
                + "Bolivian President Juan Mamani and Paraguayan President Pedro Benitez said they would meet in May.";

        assertThat(referentOf(text, "they")).containsExactlyInAnyOrder("Juan Mamani", "Pedro Benitez");
    }
}
