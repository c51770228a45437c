package org.readout.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
    private static LanguageIdentifier identifier;

    @BeforeAll
    static void loadModel() {
        identifier = new LanguageIdentifier();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | The two foreign ministers met in the capital on Monday and agreed to expand cooperation in trade, "
            + "energy and education. They also discussed the situation in the region.",
        "de | Die beiden Außenminister trafen sich am Montag in der Hauptstadt und vereinbarten, die Zusammenarbeit "
            + "in Handel, Energie und Bildung auszubauen. Sie sprachen auch über die Lage in der Region.",
        "vi | Hai Bộ trưởng Ngoại giao đã gặp nhau tại thủ đô vào thứ Hai và nhất trí mở rộng hợp tác trong các "
            + "lĩnh vực thương mại, năng lượng và giáo dục. Hai bên cũng trao đổi về tình hình khu vực.",
        "zh | 两国外交部长周一在首都举行会谈，同意扩大在贸易、能源和教育领域的合作。双方还就地区局势交换了意见。",
        "es | Los dos ministros de Asuntos Exteriores se reunieron el lunes en la capital y acordaron ampliar la "
            + "cooperación en comercio, energía y educación. También hablaron de la situación en la región.",
        "ko | 두 나라 외교부 장관은 월요일 수도에서 회담을 갖고 무역, 에너지, 교육 분야의 협력을 확대하기로 합의했다. "
            + "양측은 지역 정세에 대해서도 의견을 나눴다.",
        "id | Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Amerika Serikat pada hari Senin. "
            + "Keduanya sepakat bahwa pemerintah kedua negara bisa memperluas kerja sama di bidang perdagangan dan "
            + "energi, serta membahas situasi di kawasan.",
    })
    void tellsTheLanguageOfAShortParagraph(String expected, String text) {
        assertThat(identifier.identify(text)).isEqualTo(expected);
    }

    /** The model alone reads the names' accents as French or Spanish; the small English words outvote them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Vietnamese Foreign Minister Bui Thanh Son met with French Foreign Minister Stéphane Séjourné in Paris on Tuesday.",
        "Spanish Foreign Minister José Manuel Albares met with Mexican Foreign Minister Juan Ramón de la Fuente in Madrid.",
        "Secretary Blinken spoke with Türkiye’s Foreign Minister Hakan Fidan about the situation in Gaza.",
    })
    void oneEnglishSentenceWithAccentedForeignNamesIsEnglish(String text) {
        assertThat(identifier.identify(text)).isEqualTo("en");
    }

    /** The same kind of sentence, with the same foreign names, in another language stays in that language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr | Le ministre vietnamien des Affaires étrangères Bui Thanh Son a rencontré son homologue français "
            + "Stéphane Séjourné à Paris mardi.",
        "es | El canciller español José Manuel Albares se reunió con su homólogo mexicano Juan Ramón de la Fuente "
            + "en Madrid.",
        "de | Der vietnamesische Außenminister Bui Thanh Son traf am Dienstag in Paris seinen französischen "
            + "Amtskollegen Stéphane Séjourné.",
        "vi | Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp Bộ trưởng Ngoại giao Pháp Stéphane Séjourné tại Paris hôm thứ Ba.",
    })
    void oneForeignSentenceWithForeignNamesIsNotEnglish(String expected, String text) {
        assertThat(identifier.identify(text)).isEqualTo(expected);
    }
}
