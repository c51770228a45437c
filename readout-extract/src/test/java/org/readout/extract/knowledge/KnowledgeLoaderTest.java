package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.extract.person.People;
import org.readout.extract.person.Person;
import org.readout.extract.person.PersonFinder;
import org.readout.extract.text.SentenceSplitter;

class KnowledgeLoaderTest {
    private static final String OFFICIALS_HEADER = "# test officials\nname\tcountry\toffice\tfrom\tto\tvariants\n";
    private static final String SENTENCE = "Cabinet Secretary Wanjiru Kamau met with Chinese Foreign Minister Wang Yi in Nairobi on Monday.";

    @TempDir
    Path dir;

    @Test
    void bundledFilesLoad() {
        Knowledge k = KnowledgeLoader.load(null);

        assertThat(k.countries().byCode("VNM")).get().extracting(Country::name).isEqualTo("Vietnam");
        assertThat(k.countries().byAdjective("Vietnamese")).get().extracting(Country::alpha3).isEqualTo("VNM");
        assertThat(k.gazetteer().lookup("Hanoi")).extracting(City::country).contains("VNM");
        assertThat(k.officials().countryOf("Wang Yi")).contains("CHN");
        assertThat(k.outlets().byName("Xinhua")).get().extracting(Outlet::country).isEqualTo("CHN");
        assertThat(k.titles().isHead("Minister")).isTrue();
        assertThat(k.topics().topics()).extracting(TopicLexicon.Topic::id).contains("maritime_disputes");
        assertThat(k.hash()).matches("[0-9a-f]{64}");
    }

    /** The gazetteer loads on another thread; its errors still come out as the exception that names the file. */
    @Test
    void badCityRowNamesTheFileAndTheLine() throws IOException {
        Files.writeString(dir.resolve("cities.tsv"), "# cities for a test\n"
                + "name\tcountry\tpopulation\tadmin\n"
                + "Hanoi\tVNM\t8000000\t\n"
                + "Hue\tVNM\tmany\t\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("cities.tsv:4");
    }

    @Test
    void onlyTheFirstWordOfAKnownNameMayBeginOne() {
        Knowledge k = KnowledgeLoader.load(null);

        assertThat(k.countries().mayBegin("South")).isTrue();       // South Korea, South Africa
        assertThat(k.countries().mayBegin("Việt")).isTrue();        // Viet Nam
        assertThat(k.countries().mayBegin("The")).isTrue();         // the United States
        assertThat(k.countries().mayBegin("Chinese")).isTrue();     // an adjective
        assertThat(k.countries().mayBegin("(")).isTrue();           // no word: the next one decides
        assertThat(k.countries().mayBegin("Minister")).isFalse();
        assertThat(k.officials().mayBegin("Wang")).isTrue();
        assertThat(k.officials().mayBegin("Jinping")).isFalse();
        assertThat(k.officials().mayBegin("Monday")).isFalse();
    }

    @Test
    void loadingTwiceGivesTheSameHash() {
        assertThat(KnowledgeLoader.load(null).hash()).isEqualTo(KnowledgeLoader.load(null).hash());
    }

    @Test
    void overrideFolderWithoutFilesIsTheBundle() {
        assertThat(KnowledgeLoader.load(dir).hash()).isEqualTo(KnowledgeLoader.load(null).hash());
    }

    @Test
    void badRowNamesTheFileAndTheLine() throws IOException {
        Files.writeString(dir.resolve("countries.tsv"), "# countries for a test\n"
                + "alpha3\talpha2\tname\taliases\tadjectives\tcapital\n"
                + "VNM\tVN\tVietnam\tViet Nam\tVietnamese\tHanoi\n"
                + "LAO\tLA\tLaos\t\tLao\tVientiane\textra\tcells\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("countries.tsv:4");
    }

    @Test
    void badNumberNamesTheFileAndTheLine() throws IOException {
        Files.writeString(dir.resolve("officials.tsv"), OFFICIALS_HEADER
                + "Wanjiru Kamau\tKEN\tCabinet Secretary\tlast year\t\t\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("officials.tsv:3")
                .hasMessageContaining("from");
    }

    @Test
    void overrideChangesTheHash() throws IOException {
        Files.writeString(dir.resolve("officials.tsv"), OFFICIALS_HEADER
                + "Wanjiru Kamau\tKEN\tCabinet Secretary for Foreign Affairs\t2023\t\t\n", StandardCharsets.UTF_8);

        assertThat(KnowledgeLoader.load(dir).hash()).isNotEqualTo(KnowledgeLoader.load(null).hash());
    }

    @Test
    void officialAddedByAnOverrideGetsItsCountry() throws IOException {
        Files.writeString(dir.resolve("officials.tsv"), OFFICIALS_HEADER
                + "Wanjiru Kamau\tKEN\tCabinet Secretary for Foreign Affairs\t2023\t\t\n", StandardCharsets.UTF_8);
        SentenceSplitter splitter = new SentenceSplitter();

        People bundled = new PersonFinder(KnowledgeLoader.load(null)).find(splitter.split(SENTENCE), null, 2024);
        People overridden = new PersonFinder(KnowledgeLoader.load(dir)).find(splitter.split(SENTENCE), null, 2024);

        assertThat(bundled.byName("Wanjiru Kamau")).get().extracting(Person::country).isNull();
        assertThat(overridden.byName("Wanjiru Kamau")).get().extracting(Person::country).isEqualTo("KEN");
    }
}
