package org.readout.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static SentenceSplitter splitter;

    @BeforeAll
    static void loadModel() {
        splitter = new SentenceSplitter();
    }

    @Test
    void splitsParagraphsIntoSentencesKeepingAbbreviationsWhole() {
        String text = "The U.S. delegation arrived in Hanoi on Nov. 27 for talks. Mr. Smith met the deputy minister.\n"
                + "\n"
                + "He then met U.S. Ambassador Marc Knapper. Both sides agreed to meet again.\n";

        List<Sentence> sentences = splitter.split(text);

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "The U.S. delegation arrived in Hanoi on Nov. 27 for talks.",
                "Mr. Smith met the deputy minister.",
                "He then met U.S. Ambassador Marc Knapper.",
                "Both sides agreed to meet again.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 1, 1);
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void splitsSentencesThatLostTheSpaceBetweenThemButNotAddresses() {
        String text = "They praised ties between Lima and Quito.During the call they spoke of trade. See www.mre.Gob for more.";

        List<Sentence> sentences = splitter.split(text);

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "They praised ties between Lima and Quito.", "During the call they spoke of trade.",
                "See www.mre.Gob for more.");
        assertThat(sentences.get(0).tokens()).extracting(Token::text).endsWith("Quito", ".");
    }

    @Test
    void spansPointIntoTheDocument() {
        String text = "First line here. Second sentence.\nAnother paragraph follows.";

        List<Sentence> sentences = splitter.split(text);

        assertThat(sentences).isNotEmpty().allSatisfy(s ->
                assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo(s.text()));
    }

    @Test
    void tokensCarryDocumentOffsets() {
        String text = "Intro.\nMr. Smith met U.S. officials.";

        Sentence second = splitter.split(text).get(1);

        assertThat(second.tokens()).extracting(Token::text).startsWith("Mr.", "Smith", "met", "U.S.", "officials");
        assertThat(second.tokens()).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }

    @Test
    void flagsALastSentenceThatIsCutOff() {
        List<Sentence> sentences = splitter.split("The ministers met in Hanoi. They discussed trade and the");

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).cutOff()).isFalse();
        assertThat(sentences.get(1).cutOff()).isTrue();
    }

    @Test
    void aFinishedLastSentenceIsNotCutOff() {
        List<Sentence> sentences = splitter.split("The ministers met in Hanoi. They discussed trade.\n\n");

        assertThat(sentences).extracting(Sentence::cutOff).containsExactly(false, false);
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split("\n\n  \n")).isEmpty();
    }
}
