package org.readout.extract.multilingual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.zone.Zones;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;

/** Events from invented readouts in the languages the bundled packs read. */
class MultilingualReaderTest {
    private static MultilingualReader reader;

    @BeforeAll
    static void create() {
        reader = new MultilingualReader(KnowledgeLoader.load(null), null);
    }

    private static List<Event> read(String language, String published, String text) {
        LocalDate day = published == null ? null : LocalDate.parse(published);
        return reader.read(text, language, new DocumentHeader(null, day, null, null, null, null, null, null, new Zones(List.of())));
    }

    private static List<String> names(Event e) {
        return e.participants().stream().map(Participant::name).toList();
    }

    @Test
    void chineseTitlesBeforeTheNameGiveRolesAndTheCityMakesAVisit() {
        List<Event> events = read("zh", "2024-03-05", "国务委员兼外长王毅5日在北京会见到访的俄罗斯外长拉夫罗夫。\n双方就乌克兰问题交换了意见。");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.VISIT);
            assertThat(e.location()).isEqualTo(new Location("Beijing", null, "CHN"));
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(e.participants()).extracting(Participant::name, Participant::country, Participant::roles).containsExactly(
                    tuple("Wang Yi", "CHN", List.of("State Councilor", "Foreign Minister")),
                    tuple("Sergey Lavrov", "RUS", List.of("Foreign Minister")));
        });
    }

    @Test
    void traditionalCharactersReadAsSimplifiedAndAWeekdayResolvesAgainstPublication() {
        List<Event> events = read("zh", "2023-06-08", "外交部長王毅週二與美國國務卿布林肯通電話。");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.PHONE);
            assertThat(e.date()).isEqualTo(LocalDate.of(2023, 6, 6));
            assertThat(names(e)).containsExactly("Wang Yi", "Antony Blinken");
        });
    }

    @Test
    void anAnnouncedMeetingIsNoEvent() {
        assertThat(read("zh", null, "俄罗斯外长拉夫罗夫将于下周访华，同王毅举行会谈。")).isEmpty();
        assertThat(read("vi", null, "Ngoại trưởng Antony Blinken sẽ có cuộc gặp với Bộ trưởng Ngoại giao Bùi Thanh Sơn.")).isEmpty();
        assertThat(read("de", null, "Außenministerin Annalena Baerbock wird am Freitag in Paris ihren Amtskollegen Jean-Noël Barrot treffen."))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ja | 上川陽子外務大臣は、リオデジャネイロでマウロ・ビエイラ・ブラジル外務大臣と会談を行いました。 | Yoko Kamikawa | Mauro Vieira",
        "ru | Президент России Владимир Путин провел в Казани переговоры с председателем КНР Си Цзиньпином. | Vladimir Putin | Xi Jinping",
        "ar | استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر اليوم الرئيس الإيراني مسعود بزشكيان. | Tamim bin Hamad Al Thani | Masoud Pezeshkian",
        "vi | Tổng Bí thư Tô Lâm hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh. | To Lam | Xi Jinping",
        "zh | 国家主席习近平在人民大会堂会见来访的泰国总理赛塔。 | Xi Jinping | Srettha Thavisin",
        "tr | Dışişleri Bakanı Hakan Fidan, Rusya Dışişleri Bakanı Sergey Lavrov ile telefonda görüştü. | Hakan Fidan | Sergey Lavrov",
        "de | Bundeskanzler Olaf Scholz hat in Berlin den ukrainischen Präsidenten Selenskyj empfangen. | Olaf Scholz | Volodymyr Zelensky",
    })
    void officialsAreFoundByTheirSpellingsInEachScript(String language, String text, String first, String second) {
        assertThat(read(language, "2024-06-01", text)).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly(first, second));
    }

    @Test
    void aMeetingTheTextRecallsIsNoEvent() {
        String spanish = "El canciller Juan Ramón de la Fuente se reunió hoy en Madrid con su homólogo José Manuel Albares.\n"
                + "Ambos recordaron la reunión anterior entre la presidenta Claudia Sheinbaum y el presidente Pedro Sánchez.";
        String chinese = "王毅同拉夫罗夫举行会谈。王毅表示，上次会晤时习近平主席同普京总统达成重要共识。";

        assertThat(read("es", "2025-03-04", spanish)).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly("Juan Ramon de la Fuente", "Jose Manuel Albares"));
        assertThat(read("zh", "2024-05-06", chinese)).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly("Wang Yi", "Sergey Lavrov"));
    }

    @Test
    void russianCaseEndingsAVenueAndARoundUpOfTheSameMinister() {
        String text = "Министр иностранных дел России Сергей Лавров встретился в штаб-квартире ООН с главой МИД Индии "
                + "Субраманьямом Джайшанкаром.\nЗатем российский министр провел переговоры с госсекретарем США "
                + "Марко Рубио и министром иностранных дел Турции Хаканом Фиданом.";

        List<Event> events = read("ru", null, text);

        assertThat(events).extracting(MultilingualReaderTest::names).containsExactly(
                List.of("Sergey Lavrov", "S. Jaishankar"), List.of("Sergey Lavrov", "Marco Rubio"),
                List.of("Sergey Lavrov", "Hakan Fidan"));
        assertThat(events.get(0).location()).isEqualTo(new Location("New York", null, "USA"));
        assertThat(events.get(0).mode()).isEqualTo(EventMode.THIRD_LOCATION);
        assertThat(events.get(1).mode()).isEqualTo(EventMode.VISIT);
    }

    @Test
    void aStatesSideIsThePersonAlreadyInTheStoryNotOneMentioned() {
        String text = "Министр иностранных дел России Сергей Лавров провел переговоры с госсекретарем США Энтони Блинкеном.\n"
                + "Лавров высоко оценил недавний визит вице-президента США Камалы Харрис и переговоры с Блинкеном.";

        assertThat(read("ru", null, text)).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly("Sergey Lavrov", "Antony Blinken"));
    }

    @Test
    void germanAdjectivesAndAWeekdayInTheSentence() {
        String text = "Bundesaußenministerin Annalena Baerbock hat am Montag in Peking Gespräche mit dem chinesischen "
                + "Außenminister Wang Yi geführt.";

        assertThat(read("de", "2023-04-15", text)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2023, 4, 10));
            assertThat(e.location()).isEqualTo(new Location("Beijing", null, "CHN"));
            assertThat(e.participants()).extracting(Participant::country).containsExactly("DEU", "CHN");
        });
    }

    @Test
    void arabicCliticsAndAReceptionInTheHostsCapital() {
        String text = "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض اليوم نظيره المصري سامح شكري.";

        assertThat(read("ar", "2022-11-02", text)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.VISIT);
            assertThat(e.host()).isEqualTo("SAU");
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 11, 2));
            assertThat(names(e)).containsExactly("Faisal bin Farhan", "Sameh Shoukry");
        });
    }

    @Test
    void japaneseEraDatesAndTitlesAfterTheName() {
        String text = "令和5年3月10日、林芳正外務大臣は、ブリンケン米国務長官と電話会談を行いました。";

        assertThat(read("ja", null, text)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.PHONE);
            assertThat(e.date()).isEqualTo(LocalDate.of(2023, 3, 10));
            assertThat(e.participants()).extracting(Participant::name, Participant::roles).containsExactly(
                    tuple("Yoshimasa Hayashi", List.of("Foreign Minister")), tuple("Antony Blinken", List.of("Secretary of State")));
        });
    }

    @Test
    void aTitleAndCapitalisedWordsNameSomeoneTheFilesDoNotKnow() {
        String text = "El canciller Juan Ramón de la Fuente recibió hoy al embajador de Japón en México, Noriteru Fukushima.";

        assertThat(read("es", "2025-02-03", text)).singleElement().satisfies(e -> {
            assertThat(e.participants()).extracting(Participant::name, Participant::country)
                    .containsExactly(tuple("Juan Ramon de la Fuente", "MEX"), tuple("Noriteru Fukushima", "JPN"));
            assertThat(e.host()).isEqualTo("MEX");
            assertThat(e.date()).isEqualTo(LocalDate.of(2025, 2, 3));
        });
    }

    @Test
    void vietnameseKeepsItsToneMarksAndReadsDayMonthDates() {
        String text = "Ngày 5/4, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Hoa Kỳ Antony Blinken.\n"
                + "Hai bên nhất trí tiếp tục tham gia các diễn đàn khu vực.";

        assertThat(read("vi", "2024-04-06", text)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.PHONE);
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 4, 5));
            assertThat(names(e)).containsExactly("Bui Thanh Son", "Antony Blinken");
        });
    }

    @Test
    void koreanParticlesOnNamesAndTitlesAndTheDatelineOfANewsAgency() {
        String text = "(서울=연합뉴스) 박진 외교부 장관은 5일 토니 블링컨 미국 국무장관과 전화 통화를 갖고 북한 문제를 논의했다.\n"
                + "조태열 외교부 장관은 7일 방한 중인 왕이 중국 외교부장을 접견했다.";

        List<Event> events = read("ko", "2024-03-08", text);

        assertThat(events).hasSize(2);
        assertThat(events.get(0).mode()).isEqualTo(EventMode.PHONE);
        assertThat(events.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(events.get(0).participants()).extracting(Participant::name, Participant::roles).containsExactly(
                tuple("Park Jin", List.of("Foreign Minister")), tuple("Antony Blinken", List.of("Secretary of State")));
        assertThat(events.get(1).participants()).extracting(Participant::name).containsExactly("Cho Tae-yul", "Wang Yi");
        assertThat(events.get(1).location()).as("the dateline's city, not one named in the sentence")
                .isEqualTo(new Location("Seoul", null, "KOR"));
        assertThat(events.get(1).mode()).isEqualTo(EventMode.VISIT);
    }

    @Test
    void aKoreanNameBeginsAWordAndAJapaneseOneIsWrittenFamilyNameFirst() {
        assertThat(read("ko", "2024-03-08", "윤석열 대통령은 5일 방한한 덴마크 여왕이 이끄는 대표단을 접견했다.")).isEmpty();
        assertThat(read("ko", "2023-05-08", "윤석열 대통령은 7일 서울에서 기시다 총리와 정상회담을 했다."))
                .singleElement().satisfies(e -> assertThat(names(e)).containsExactly("Yoon Suk Yeol", "Fumio Kishida"));
    }

    @Test
    void aLanguageWithoutAPackReadsNothing() {
        assertThat(reader.reads("xx")).isFalse();
        assertThat(reader.reads("in")).isTrue();
        assertThat(reader.reads("ms")).as("Malay, read by the Indonesian pack").isTrue();
        assertThat(read("xx", null, "Wang Yi Sergey Lavrov")).isEmpty();
    }
}
