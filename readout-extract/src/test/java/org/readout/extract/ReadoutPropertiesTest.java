package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.time.api.Dates;
import org.readout.model.EventMode;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;
import org.readout.model.Span;

/**
 * Whatever a text holds (a readout, pieces of one, empty lines, stray punctuation, quotes, other scripts,
 * impossible dates, words thousands of letters long, or no story at all) extraction gives it a record.
 */
class ReadoutPropertiesTest {
    /** Invented lines and sentences of the kinds readouts are made of, and of kinds they are not. */
    private static final List<String> PIECES = List.of(
            " date 2024-04-06 Vietnamese, German ministers meet in Hanoi",
            "HANOI, April 5 (VNA) --",
            "BERLIN, March 3 --",
            "Source: Xinhua | 2023-11-28",
            "https://news.example.org/2024/04/06/ministers-meet",
            "Vietnamese Foreign Minister Tran Van Minh met German Foreign Minister Anna Keller in Hanoi on Thursday.",
            "Brazilian President Maria Santos held a phone call with Kenyan President Amina Odhiambo on Monday.",
            "The two leaders held a video call on Tuesday.",
            "Prime Minister Kenji Arai of Japan paid a courtesy call on President Leila Haddad of Tunisia, who is on a "
                    + "working visit to Canada to attend a trade forum being held there.",
            "Keller said Germany is ready to expand trade and energy cooperation with Vietnam.",
            "The two sides agreed to upgrade their relations to a comprehensive strategic partnership.",
            "\"We will not accept any pressure,\" he said.",
            "He added that the talks were “frank and constructive”.",
            "On the sidelines of the summit, the ministers exchanged views on regional issues.",
            "The meeting was held on 31 February 2024.",
            "It was posted on 30 February 2023.",
            "They last met on Thursday, and again yesterday.",
            "中国外交部长与越南外长在北京会谈。",
            "Министр иностранных дел встретился с коллегой в Москве.",
            "التقى وزير الخارجية نظيره في القاهرة يوم الاثنين.",
            "Bộ trưởng Ngoại giao hội đàm với người đồng cấp tại Hà Nội.",
            "Die beiden Außenminister trafen sich am Montag in Berlin.",
            ".", "...", "--", "—", "«", "»", "“", "”", "\"", "'", "(", ")", "•", ";", ":", "?!", "*", "#", "|");

    private static Readout readout;

    @BeforeContainer
    static void create() {
        readout = Readout.create();
    }

    // edge cases of the pieces' combinations add nothing to the random ones and flood the log
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void anyTextGetsARecordWhoseEvidencePointsIntoIt(@ForAll("texts") String text) {
        ReadoutRecord record = readout.extract("doc.txt", text);

        assertThat(record.doc()).isEqualTo("doc.txt");
        record.events().forEach(e -> {
            inside(e.evidence(), text);
            if (e.mode() == EventMode.PHONE || e.mode() == EventMode.VIDEO) {
                assertThat(e.location()).isNull();
                assertThat(e.host()).isNull();
            }
        });
        record.statements().forEach(s -> {
            inside(s.evidence(), text);
            assertThat(text.substring(s.evidence().start(), s.evidence().end())).isEqualTo(s.text());
        });
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void anyTextWithOrWithoutItsPagesHintsGetsARecord(@ForAll("texts") String text, @ForAll("hints") Hints hints) {
        ReadoutRecord record = readout.extract(new SourceDocument("page", text, hints.title(), hints.url(),
                hints.published(), hints.siteName()));

        assertThat(record.doc()).isEqualTo("page");
        if (hints.published() != null) {
            assertThat(record.published()).isEqualTo(hints.published());
        }
    }

    private static void inside(Span span, String text) {
        assertThat(span).isNotNull();
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
    }

    /** What an HTML page may tell about itself, any of it missing. */
    record Hints(String title, String url, LocalDate published, String siteName) {
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> longWords = Arbitraries.strings().alpha().ofMinLength(100).ofMaxLength(600);
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(PIECES)), Tuple.of(1, longWords), Tuple.of(1, anything));
        Arbitrary<String> separators = Arbitraries.of("", " ", "\n", "\n\n", "\n \n", "\t");
        return Combinators.combine(pieces, separators).as((piece, separator) -> piece + separator)
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Hints> hints() {
        Arbitrary<String> words = Arbitraries.strings().ofMaxLength(20).injectNull(0.4);
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 12, 31))
                .injectNull(0.4);
        return Combinators.combine(words, Arbitraries.of("https://news.example.org/a/1", "not a url", "")
                .injectNull(0.4), dates, words).as(Hints::new);
    }
}
