package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readout.extract.text.Tokenizer;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;

/** {@link Readout#mayReport}: short readouts pass, texts with no party and no interaction do not. */
class InteractionFilterTest {
    private static final String READOUT_EN = """
            Foreign Minister Ana Ruiz met Prime Minister Tomas Vidal of Peru in Lima on Monday.
            The two sides agreed to deepen trade and energy cooperation.""";
    private static final String READOUT_FR = """
            La ministre des Affaires étrangères Catherine Colonna a rencontré lundi à Paris son homologue allemande
            Annalena Baerbock. Les deux ministres ont évoqué la coopération entre la France et l'Allemagne.""";
    private static final String SPORT = """
            Harbour City Rovers beat Millbrook Athletic 2-1 at Riverside Park on Saturday.
            Millbrook took the lead after 20 minutes through a curling free kick. Rovers levelled early in the second
            half with a header and won it in stoppage time with a low shot from the edge of the box.""";
    private static final String PASSIVE = """
            Harbour City Rovers beat Millbrook Athletic 2-1 on Saturday.
            It was announced after the match that ticket prices will rise next season.""";

    private final Readout readout = Readout.create();

    @Test
    void passesAShortEnglishReadout() {
        assertPassedWithFindings(READOUT_EN);
    }

    // read by the French pack ("a rencontré"), though two lines give it too little to make an event of
    @Test
    void passesAShortFrenchReadout() {
        SourceDocument doc = SourceDocument.of("fr.txt", READOUT_FR);

        assertThat(readout.extract(doc).language()).isEqualTo("fr");
        assertThat(readout.mayReport(doc)).isTrue();
    }

    @Test
    void dropsASportsReport() {
        assertThat(readout.mayReport(SourceDocument.of("sport.txt", SPORT))).isFalse();
    }

    @Test
    void dropsEmptyAndBlankText() {
        assertThat(readout.mayReport(SourceDocument.of("empty.txt", ""))).isFalse();
        assertThat(readout.mayReport(SourceDocument.of("blank.txt", " \n\t "))).isFalse();
    }

    @Test
    void dropsALanguageWithoutAPack() {
        assertThat(readout.mayReport(SourceDocument.of("fi.txt",
                "Ulkoministeri tapasi maanantaina Helsingissä kollegansa ja keskusteli kaupasta."))).isFalse();
    }

    // "it was announced that ..." is a statement of both sides with no party named: the filter must not drop it
    @Test
    void passesAPassiveReportWithNoPartyNamed() {
        SourceDocument doc = SourceDocument.of("passive.txt", PASSIVE);

        assertThat(readout.extract(doc).statements()).isNotEmpty();
        assertThat(readout.mayReport(doc)).isTrue();
    }

    @Test
    void readsOnlyWhatExtractionReads() {
        Readout small = Readout.create(ReadoutConfig.defaults().withBudget(SPORT.length(), java.time.Duration.ZERO));

        assertThat(small.mayReport(SourceDocument.of("long.txt", SPORT + "\n\n" + READOUT_EN))).isFalse();
        assertThat(readout.mayReport(SourceDocument.of("long.txt", SPORT + "\n\n" + READOUT_EN))).isTrue();
    }

    // the filter reads tokens without the tokenizer's regular expression: the same ones, but for an initial's dot
    @Test
    void readsTheTokenizersTokens() {
        String line = "H.E. Antony J. Blinken (U.S.) met Mr. Wang Yi's co-chair, Bùi Thanh Sơn, at 10:30 — “talks” ended.";
        List<String> filter = InteractionFilter.tokens(line, 3).stream().map(t -> t.text() + "@" + t.start()).toList();
        List<String> tokenizer = new Tokenizer().tokenize(line, 3).stream().map(t -> t.text() + "@" + t.start()).toList();

        assertThat(filter).containsExactlyElementsOf(tokenizer.stream().flatMap(t -> t.startsWith("J.@") || t.startsWith("Mr.@")
                ? Stream.of(t.replace(".", ""), "." + "@" + (Integer.parseInt(t.substring(t.indexOf('@') + 1)) + t.indexOf('.')))
                : Stream.of(t)).toList());
    }

    private void assertPassedWithFindings(String text) {
        SourceDocument doc = SourceDocument.of("readout.txt", text);
        ReadoutRecord record = readout.extract(doc);

        assertThat(record.events()).isNotEmpty();
        assertThat(readout.mayReport(doc)).isTrue();
    }
}
