package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentWordsTest {
    private static final ContentWords WORDS = ContentWords.bundled();

    @Test
    void keepsWhatIsPromisedNotHowWarmly() {
        Terms t = WORDS.of("China is willing to further strengthen cooperation and import more Vietnamese agricultural products.");

        assertThat(t.weights()).containsOnlyKeys("#CHN", "#VNM", "import", "agricultur", "product");
        assertThat(t.weights()).containsEntry("#VNM", ContentWords.COUNTRY_WEIGHT).containsEntry("import", 1.0);
    }

    @Test
    void synonymsStemsAndCountryNamesMeet() {
        assertThat(WORDS.of("purchases of Viet Nam's farm produce").weights().keySet())
                .isEqualTo(WORDS.of("importing Vietnamese agricultural products").weights().keySet());
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedPromises() {
        Terms imports = WORDS.of("China will import more Vietnamese agricultural products").without("#CHN");
        Terms paraphrase = WORDS.of("China will increase purchases of Vietnam's farm produce").without("#CHN");
        Terms unrelated = WORDS.of("China will help Vietnam fight the COVID-19 pandemic").without("#CHN");

        assertThat(imports.similarity(paraphrase)).isGreaterThan(0.8);
        assertThat(imports.similarity(unrelated)).isLessThan(0.2);
    }

    @Test
    void diceIsWeightedAndZeroForNothing() {
        Terms a = new Terms(Map.of("x", 1.0, "y", 1.0));
        Terms b = new Terms(Map.of("x", 1.0, "#VNM", 0.5));

        assertThat(a.similarity(b)).isEqualTo(2 * 1.0 / 3.5);
        assertThat(new Terms(Map.of()).similarity(new Terms(Map.of()))).isZero();
        assertThat(new ContentWords(Set.of("the"), Map.of(), Map.of()).of("The the").isEmpty()).isTrue();
    }
}
