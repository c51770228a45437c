package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.model.EventMode;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;
import org.readout.model.Span;

/**
 * Whatever a text holds (a readout, pieces of one, empty lines, stray punctuation, quotes, other scripts,
 * impossible dates, words thousands of letters long, or no story at all) extraction gives it a record.
 * Each text is drawn from its seed, so a failing one is reproduced by its seed alone.
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

    @BeforeAll
    static void create() {
        readout = Readout.create();
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    static LongStream fewerSeeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyTextGetsARecordWhoseEvidencePointsIntoIt(long seed) {
        String text = text(new Random(seed));
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

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewerSeeds")
    void anyTextWithOrWithoutItsPagesHintsGetsARecord(long seed) {
        Random random = new Random(seed);
        String text = text(random);
        LocalDate published = random.nextInt(10) < 4 ? null
                : LocalDate.of(2015, 1, 1).plusDays(random.nextInt(12 * 365));
        ReadoutRecord record = readout.extract(new SourceDocument("page", text, optional(random, word(random, 20)),
                optional(random, pick(random, List.of("https://news.example.org/a/1", "not a url", ""))), published,
                optional(random, word(random, 20))));

        assertThat(record.doc()).isEqualTo("page");
        if (published != null) {
            assertThat(record.published()).isEqualTo(published);
        }
    }

    private static void inside(Span span, String text) {
        assertThat(span).isNotNull();
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
    }

    /** Up to twelve pieces with separators: mostly the invented ones, now and then a very long word or any characters. */
    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(13); i > 0; i--) {
            int kind = random.nextInt(10);
            sb.append(kind == 0 ? letters(random, 100 + random.nextInt(501)) : kind == 1 ? word(random, 30) : pick(random, PIECES));
            sb.append(pick(random, List.of("", " ", "\n", "\n\n", "\n \n", "\t")));
        }
        return sb.toString();
    }

    private static String letters(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** Up to {@code max} characters of any kind. */
    private static String word(Random random, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            sb.appendCodePoint(random.nextInt(6) == 0 ? 0x0400 + random.nextInt(0x700) : random.nextInt(128));
        }
        return sb.toString();
    }

    private static String optional(Random random, String value) {
        return random.nextInt(10) < 4 ? null : value;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
