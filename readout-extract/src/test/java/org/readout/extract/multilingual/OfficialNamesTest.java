package org.readout.extract.multilingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.knowledge.Official;
import org.readout.extract.knowledge.Officials;
import org.readout.extract.knowledge.Table;
import org.readout.extract.multilingual.Spellings.NameOrder;

/** The bundled names file against the officials file, and the rules that take surnames from spellings. */
class OfficialNamesTest {
    private static Officials officials;
    private static Table names;

    @BeforeAll
    static void load() {
        officials = KnowledgeLoader.load(null).officials();
        names = new PackFiles(null).required("official-names.tsv");
    }

    @Test
    void everyRowIsKeyedOnANameOfTheOfficialsFile() {
        Set<String> known = officials.all().stream().map(Official::name).collect(Collectors.toSet());

        assertThat(names.rows()).extracting(r -> r.get("name")).isNotEmpty().allMatch(known::contains);
    }

    @Test
    void noSpellingNamesTwoPeople() {
        Map<String, String> owner = new HashMap<>();
        Map<String, List<String>> shared = new HashMap<>();
        for (Table.Row r : names.rows()) {
            for (String s : r.list("spellings")) {
                String other = owner.putIfAbsent(s.toLowerCase(Locale.ROOT), r.get("name"));
                if (other != null && !other.equals(r.get("name"))) {
                    shared.put(s, List.of(other, r.get("name")));
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void surnamesFollowEachScriptsWayOfWritingNames() {
        assertThat(Spellings.surname("谢尔盖·拉夫罗夫", NameOrder.WESTERN)).isEqualTo("拉夫罗夫");
        assertThat(Spellings.surname("海科·马斯", NameOrder.WESTERN)).as("two characters are too likely part of a word").isNull();
        assertThat(Spellings.surname("岸田 文雄", NameOrder.JAPANESE)).isEqualTo("岸田");
        assertThat(Spellings.surname("세르게이 라브로프", NameOrder.WESTERN)).isEqualTo("라브로프");
        assertThat(Spellings.surname("기시다 후미오", NameOrder.JAPANESE)).isEqualTo("기시다");
        assertThat(Spellings.surname("Bùi Thanh Sơn", NameOrder.VIETNAMESE)).isEqualTo("Thanh Sơn");
        assertThat(Spellings.surname("Li Keqiang", NameOrder.CHINESE)).isNull();
        assertThat(Spellings.surname("محمد بن سلمان", NameOrder.WESTERN)).as("a father's name").isNull();
        assertThat(Spellings.surname("Mohammed bin Salman", NameOrder.WESTERN)).isNull();
        assertThat(Spellings.surname("Ben Wallace", NameOrder.WESTERN)).isEqualTo("Wallace");
    }

    @Test
    void aWordThatBeginsSomeonesNameIsNoOnesSurnameInAScriptWithoutCapitals() {
        Table table = Table.parse("official-names.tsv", "name\tspellings\nMahmoud Abbas\tمحمود عباس\nAbbas Araghchi\tعباس عراقجي\n"
                + "Fumio Kishida\t岸田 文雄|Kishida Fumio\n");

        Set<String> surnames = Spellings.of(officials, table).stream().filter(Spelling::surnameOnly)
                .map(Spelling::text).collect(Collectors.toSet());

        assertThat(surnames).contains("عراقجي", "岸田", "Kishida").doesNotContain("عباس");
    }
}
