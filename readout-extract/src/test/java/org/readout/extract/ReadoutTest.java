package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.model.Problem;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;

class ReadoutTest {
    private static final String GERMAN = "BERLIN, 12. März -- Die Außenministerin traf sich am Dienstag in Berlin mit "
            + "ihrem vietnamesischen Amtskollegen. Beide Seiten vereinbarten, die Zusammenarbeit in den Bereichen "
            + "Handel, Energie und Bildung zu vertiefen. Sie sprachen außerdem über die Lage im Südchinesischen Meer.\n";
    private static final String ENGLISH = " date 2024-04-06 Chinese FM meets Lao counterpart\n\n"
            + "BEIJING, April 5 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Lao Foreign Minister "
            + "Saleumxay Kommasith in Beijing on Thursday.\n\n"
            + "Wang said China is willing to work with Laos to deepen cooperation on the railway.\n\n"
            + "The two sides agreed to deepen their comprehensive strategic cooperative partnership.\n";

    private static Readout readout;

    @BeforeAll
    static void create() {
        readout = Readout.create();
    }

    @Test
    void nonEnglishTextGetsItsLanguageNoEventsAndAWarning() {
        ReadoutRecord r = readout.extract("bericht.txt", GERMAN);

        assertThat(r.doc()).isEqualTo("bericht.txt");
        assertThat(r.language()).isEqualTo("de");
        assertThat(r.events()).isEmpty();
        assertThat(r.statements()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.code()).isEqualTo("language");
            assertThat(p.message()).contains("de");
        });
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void anOutletNamedInTheDatelineIsNobodysTitle() {
        ReadoutRecord r = readout.extract("d.txt", " date 2024-04-06 Ministers meet\n\n"
                + "TOKYO, April 5 (Ministry of Foreign Affairs of Japan) -- Japanese Foreign Minister Yoko Kamikawa "
                + "met with Malaysian Foreign Minister Mohamad Hasan in Tokyo on Thursday.\n");

        assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.participants())
                .allSatisfy(p -> assertThat(p.roles()).containsExactly("Foreign Minister")));
    }

    @Test
    void englishReadoutGetsEveryField() {
        ReadoutRecord r = readout.extract("s.txt", ENGLISH);

        assertThat(r.language()).isEqualTo("en");
        assertThat(r.title()).isEqualTo("Chinese FM meets Lao counterpart");
        assertThat(r.published()).isEqualTo(LocalDate.of(2024, 4, 6));
        assertThat(r.outlet()).isEqualTo("Xinhua");
        assertThat(r.perspective()).isEqualTo("CHN");
        assertThat(r.events()).hasSize(1);
        assertThat(r.statements()).isNotEmpty();
        assertThat(r.relationshipLabels()).containsExactly("comprehensive strategic cooperative partnership");
        assertThat(r.topics()).contains("connectivity_infrastructure");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void recordCarriesProvenance() {
        ReadoutRecord r = readout.extract("s.txt", ENGLISH);

        assertThat(r.provenance().knowledgeHash()).isEqualTo(KnowledgeLoader.load(null).hash());
        assertThat(r.provenance().extractorVersion()).isNotBlank();
    }

    @Test
    void containerHintsReachTheRecord() {
        SourceDocument doc = new SourceDocument("page.html", ENGLISH, "Page title", "https://example.org/x",
                LocalDate.of(2024, 4, 7), null);

        ReadoutRecord r = readout.extract(doc);

        assertThat(r.title()).isEqualTo("Page title");
        assertThat(r.url()).isEqualTo("https://example.org/x");
        assertThat(r.published()).isEqualTo(LocalDate.of(2024, 4, 7));
    }

    @Test
    void sameTextGivesTheSameRecord() {
        assertThat(readout.extract("s.txt", ENGLISH)).isEqualTo(readout.extract("s.txt", ENGLISH));
    }
}
