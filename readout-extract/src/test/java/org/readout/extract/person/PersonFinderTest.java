package org.readout.extract.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.SentenceSplitter;

class PersonFinderTest {
    private static Knowledge knowledge;
    private static SentenceSplitter splitter;
    private static PersonFinder finder;

    @BeforeAll
    static void load() {
        knowledge = KnowledgeLoader.load(null);
        splitter = new SentenceSplitter();
        finder = new PersonFinder(knowledge);
    }

    private static People find(String text) {
        return finder.find(splitter.split(text), null, 2024);
    }

    private static Person person(People people, String name) {
        return people.byName(name).orElseThrow(() -> new AssertionError(
                "no person '" + name + "' among " + people.persons()));
    }

    @Test
    void titleWithNationalityGivesCountryAndRole() {
        People people = find("Vietnamese Foreign Minister Bui Thanh Son met with a Lao delegation in Hanoi on Monday.");

        Person son = person(people, "Bui Thanh Son");
        assertThat(son.country()).isEqualTo("VNM");
        assertThat(son.roles()).containsExactly("Foreign Minister");
    }

    @Test
    void aMiddleInitialBeforeASurnameParticleStaysInTheName() {
        People people = find("Japanese Foreign Minister Fumio Kishida met with Mr. Albert F. del Rosario, Secretary of"
                + " Foreign Affairs of the Philippines, in Beijing on Monday. Secretary del Rosario thanked Japan.");

        Person rosario = person(people, "Albert F. del Rosario");
        assertThat(rosario.country()).isEqualTo("PHL");
        assertThat(people.persons()).extracting(Person::name).doesNotContain("Albert F");
    }

    @Test
    void titlesJoinedByAndAreTwoRoles() {
        People people = find("State Councilor and Foreign Minister Wang Yi met with a Lao delegation in Beijing on Monday.");

        assertThat(person(people, "Wang Yi").roles()).containsExactly("State Councilor", "Foreign Minister");
    }

    @Test
    void counterpartTakesTheNationalityOfItsPhrase() {
        People people = find("Chinese Foreign Minister Wang Yi held talks with his Indian counterpart, "
                + "Subrahmanyam Jaishankar, in Beijing on Monday.");

        assertThat(person(people, "Subrahmanyam Jaishankar").country()).isEqualTo("IND");
        assertThat(person(people, "Wang Yi").country()).isEqualTo("CHN");
    }

    @Test
    void appositiveAfterTheNameGivesCountryAndRoles() {
        People people = find("Xi Jinping, general secretary of the Communist Party of China Central Committee and "
                + "Chinese president, met with the visiting Lao leader in Beijing on Tuesday.");

        Person xi = person(people, "Xi Jinping");
        assertThat(xi.country()).isEqualTo("CHN");
        assertThat(xi.roles()).hasSize(2);
        assertThat(xi.roles().get(0)).matches("(?i)general secretary of the Communist Party of China Central Committee");
        assertThat(xi.roles().get(1)).matches("(?i)president");
    }

    @Test
    void surnameLaterPointsBackToTheSamePerson() {
        String text = "Chinese Foreign Minister Wang Yi met with Vietnamese Foreign Minister Bui Thanh Son in Beijing on Monday. "
                + "Wang said China is ready to deepen cooperation.";
        List<Sentence> sentences = splitter.split(text);

        People people = finder.find(sentences, null, 2024);

        Person wang = person(people, "Wang Yi");
        assertThat(people.persons()).extracting(Person::name).containsExactlyInAnyOrder("Wang Yi", "Bui Thanh Son");
        assertThat(people.in(1)).singleElement().satisfies(m -> {
            assertThat(m.personId()).isEqualTo(wang.id());
            assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo("Wang");
        });
    }

    @Test
    void officialListedInTheOfficialsFileIsResolvedFromItsTitle() {
        People people = find("Kenyan Cabinet Secretary Alfred Mutua met with Chinese Ambassador Zhou Pingjian in Nairobi on Monday.");

        Person mutua = person(people, "Alfred Mutua");
        assertThat(mutua.country()).isEqualTo("KEN");
        assertThat(mutua.roles()).containsExactly("Cabinet Secretary");
        assertThat(person(people, "Zhou Pingjian").country()).isEqualTo("CHN");
    }

    @Test
    void personNotInTheOfficialsFileIsResolvedFromTheText() {
        assertThat(knowledge.officials().lookup("Wanjiru Kamau")).isEmpty();

        People people = find("Kenyan Cabinet Secretary Wanjiru Kamau met with a Chinese trade delegation in Nairobi on Monday.");

        Person kamau = person(people, "Wanjiru Kamau");
        assertThat(kamau.country()).isEqualTo("KEN");
        assertThat(kamau.roles()).containsExactly("Cabinet Secretary");
    }

    @Test
    void officialNamedBareTakesTheCountryOfTheOfficialsFile() {
        People people = find("Penny Wong arrived in Jakarta on Monday.");

        assertThat(person(people, "Penny Wong").country()).isEqualTo("AUS");
    }

    @Test
    void titledOfficialWithoutNationalityTakesTheHomeCountry() {
        People people = finder.find(splitter.split("Deputy Minister Wanjiru Kamau received the delegation on Monday."), "KEN", 2024);

        assertThat(person(people, "Wanjiru Kamau").country()).isEqualTo("KEN");
    }

    @Test
    void sentenceWithoutNamesHasNoPersons() {
        People people = find("The two sides exchanged views on issues of common concern.");

        assertThat(people.persons()).isEmpty();
        assertThat(people.mentions()).isEmpty();
    }
}
