package org.readout.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FramingLexiconTest {
    private static final FramingLexicon LEXICON = FramingLexicon.bundled();

    @Test
    void matchesWholeWordsInAnyCaseAndTheLongerTermOfAConcept() {
        Map<String, Set<String>> found = LEXICON.find(
                "China firmly opposes interference on the TAIWAN QUESTION; Taiwanese media and Hong Kongers aside.",
                List.of("CHN", "USA"));

        assertThat(found).containsEntry("taiwan", Set.of("Taiwan question")).doesNotContainKey("hong_kong");
    }

    @Test
    void aHyphenAndASpaceAreAlikeAndTheFileSpellingIsReported() {
        assertThat(LEXICON.find("adheres to the one China principle", List.of()))
                .containsEntry("one_china", Set.of("one-China principle"));
        assertThat(LEXICON.find("Russia’s war of aggression", List.of()))
                .containsEntry("ukraine_war", Set.of("Russia's war"));
    }

    @Test
    void aTermInAnotherScriptsCaseIsFoundToo() {
        FramingLexicon lexicon = new FramingLexicon(List.of(
                new FramingLexicon.Term("south_china_sea", "Biển Đông", Set.of("VNM"), null),
                new FramingLexicon.Term("south_china_sea", "South China Sea", Set.of(), null)));

        assertThat(lexicon.find("TRANH CHẤP Ở BIỂN ĐÔNG", List.of())).containsEntry("south_china_sea", Set.of("Biển Đông"));
        assertThat(lexicon.find("Biển Bắc", List.of())).isEmpty();
    }

    @Test
    void aSharedTermGoesToTheConceptOfTheMeetingsStates() {
        String text = "They discussed the situation in the East Sea.";

        assertThat(LEXICON.find(text, List.of("CHN", "VNM"))).containsOnlyKeys("south_china_sea");
        assertThat(LEXICON.find(text, List.of("JPN", "KOR"))).containsOnlyKeys("sea_of_japan");
        assertThat(LEXICON.find(text, List.of("USA", "FRA"))).containsOnlyKeys("south_china_sea", "sea_of_japan");
    }

    @Test
    void everyConceptHasAtLeastTwoTerms() {
        assertThat(LEXICON.terms().stream().collect(java.util.stream.Collectors.groupingBy(
                FramingLexicon.Term::concept, java.util.stream.Collectors.counting())))
                .allSatisfy((concept, count) -> assertThat(count).as(concept).isGreaterThanOrEqualTo(2));
    }
}
