package org.readout.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.person.People;
import org.readout.extract.person.PersonFinder;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.SentenceSplitter;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Participant;
import org.readout.model.Span;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

/**
 * Attribution over real sentences and persons, with the meeting given by hand: Wang Yi (CHN) met
 * Bui Thanh Son (VNM). Every fixture opens with that meeting, so both are named with their nationality.
 */
class SpeakerAttributorTest {
    private static final String MEETING =
            "Chinese Foreign Minister Wang Yi met with Vietnamese Foreign Minister Bui Thanh Son in Beijing on Monday.\n\n";
    private static final Event EVENT = new Event(EventMode.VISIT, null, null, "CHN", null,
            List.of(new Participant("Wang Yi", "CHN", List.of("Foreign Minister")),
                    new Participant("Bui Thanh Son", "VNM", List.of("Foreign Minister"))),
            new Span(0, MEETING.strip().length()));

    private static SentenceSplitter splitter;
    private static PersonFinder persons;
    private static SpeakerAttributor attributor;

    @BeforeAll
    static void load() {
        Knowledge knowledge = KnowledgeLoader.load(null);
        splitter = new SentenceSplitter();
        persons = new PersonFinder(knowledge);
        attributor = new SpeakerAttributor(knowledge);
    }

    private static List<Statement> attribute(String body) {
        List<Sentence> sentences = splitter.split(MEETING + body);
        People people = persons.find(sentences, null, 2024);
        return attributor.attribute(sentences, people, List.of(EVENT));
    }

    private static Statement statementStartingWith(List<Statement> statements, String start) {
        return statements.stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting '" + start + "' among " + statements));
    }

    @Test
    void speakerOfAParagraphsFirstSentenceKeepsTheFollowingSentences() {
        List<Statement> statements = attribute("Wang Yi said, the two countries are good neighbours and partners. "
                + "Stable ties between them serve the interests of both peoples.\n");

        assertThat(statements).extracting(Statement::speaker, Statement::country).containsExactly(
                tuple("Wang Yi", "CHN"),
                tuple("Wang Yi", "CHN"));
        assertThat(statements.get(1).text()).isEqualTo("Stable ties between them serve the interests of both peoples.");
    }

    @Test
    void heAddedResolvesToTheLastSpeaker() {
        List<Statement> statements = attribute("Wang Yi said China values its friendship with Vietnam.\n\n"
                + "Bui Thanh Son said Vietnam regards its relations with China as a top priority.\n\n"
                + "He added that Vietnam is willing to expand rail links with China.\n");

        Statement added = statementStartingWith(statements, "He added");
        assertThat(added.speaker()).isEqualTo("Bui Thanh Son");
        assertThat(added.country()).isEqualTo("VNM");
        assertThat(added.kind()).isEqualTo(StatementKind.COMMITMENT);
    }

    @Test
    void twoSidesAgreedIsAnAgreementOfBoth() {
        List<Statement> statements = attribute("The two sides agreed to step up cooperation in trade and investment.\n");

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.speaker()).isEqualTo(Statement.BOTH);
            assertThat(s.country()).isEqualTo(Statement.BOTH_COUNTRY);
            assertThat(s.kind()).isEqualTo(StatementKind.AGREEMENT);
        });
    }

    @Test
    void twoParticipantsConjoinedAreBothEvenWithTheSecondOnesTitle() {
        List<Statement> statements = attribute("Minister Wang and Minister Bui Thanh Son agreed on the importance of the rule of law.\n");

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.speaker()).isEqualTo(Statement.BOTH);
            assertThat(s.kind()).isEqualTo(StatementKind.AGREEMENT);
        });
    }

    @Test
    void aSecondNameWithASurnameParticleIsConjoinedToo() {
        String meeting = "Japanese Foreign Minister Fumio Kishida met with Philippine Foreign Secretary Albert del Rosario"
                + " in Beijing on Monday.\n\n";
        Event event = new Event(EventMode.THIRD_LOCATION, null, null, null, null,
                List.of(new Participant("Fumio Kishida", "JPN", List.of("Foreign Minister")),
                        new Participant("Albert del Rosario", "PHL", List.of("Foreign Secretary"))),
                new Span(0, meeting.strip().length()));
        List<Sentence> sentences = splitter.split(meeting
                + "Minister Kishida and Secretary del Rosario agreed on the importance of the rule of law.\n");

        List<Statement> statements = attributor.attribute(sentences, persons.find(sentences, null, 2024), List.of(event));

        assertThat(statements).singleElement().extracting(Statement::speaker).isEqualTo(Statement.BOTH);
    }

    @Test
    void heAfterAQuotationIsWhoSpokeBeforeItNotWhomItNames() {
        List<Statement> statements = attribute("“Good to meet Minister Bui Thanh Son in Beijing. "
                + "Discussed our cooperation in trade and rail links,” he tweeted.\n");

        assertThat(statements).isNotEmpty().allSatisfy(s -> assertThat(s.speaker()).isEqualTo("Wang Yi"));
    }

    @Test
    void quotationMarksOpenAndCloseAcrossSentences() {
        assertThat(SpeakerAttributor.quotedPrefix("“Good to meet X.", false)).isEqualTo("“Good to meet X.".length());
        assertThat(SpeakerAttributor.quotedPrefix("Agreed,” he said.", true)).isEqualTo("Agreed,”".length());
        assertThat(SpeakerAttributor.quotedPrefix("He said “yes”.", false)).isZero();
        assertThat(SpeakerAttributor.endsInQuote("“Good to meet X.", false)).isTrue();
        assertThat(SpeakerAttributor.endsInQuote("Agreed,” he said.", true)).isFalse();
    }

    @Test
    void anOfficeNamesItsHolderWhenTheStateOrTheOfficeTellsWhichOne() {
        List<Statement> statements = attribute("Wang Yi said China values its friendship with Vietnam.\n\n"
                + "The Vietnamese Foreign Minister stressed that Vietnam regards China as a top priority.\n\n"
                + "The Foreign Minister also said the two countries should expand rail links.\n");

        assertThat(statementStartingWith(statements, "The Vietnamese Foreign Minister").speaker()).isEqualTo("Bui Thanh Son");
        // both hold the office: no one is named by it
        assertThat(statements).noneMatch(s -> s.text().startsWith("The Foreign Minister also"));
    }

    @Test
    void aQuotationRunningOverSentencesIsTheSpeakerOfTheFrameAfterIt() {
        List<Statement> statements = attribute("The two sides also discussed the pandemic. “We share an ocean and its security. "
                + "Our ties are a platform for many other things,” Foreign Minister Bui Thanh Son said.\n");

        assertThat(statementStartingWith(statements, "“We share an ocean").speaker()).isEqualTo("Bui Thanh Son");
        assertThat(statements).extracting(s -> s.evidence().start()).isSorted();
    }

    @Test
    void aQuotationWithNoFrameAfterItStaysWithTheSpeakerBeforeIt() {
        List<Statement> statements = attribute("Wang Yi said China values its ties with Vietnam. “We are good neighbours. "
                + "We are good partners.”\n");

        assertThat(statements).extracting(Statement::speaker).containsExactly("Wang Yi", "Wang Yi", "Wang Yi");
        assertThat(statements).extracting(s -> s.evidence().start()).isSorted();
    }

    @Test
    void twoStatesConjoinedAreBothAndOneIsItself() {
        List<Statement> statements = attribute("In a joint statement, China and Vietnam said all countries should respect"
                + " international law.\n\nVietnam said it opposes unilateral actions at sea.\n");

        assertThat(statementStartingWith(statements, "In a joint statement").speaker()).isEqualTo(Statement.BOTH);
        assertThat(statementStartingWith(statements, "Vietnam said").country()).isEqualTo("VNM");
    }

    @Test
    void aSubjectBeforeAnAsideBetweenCommasIsTheSpeaker() {
        List<Statement> statements = attribute("Wang, also a member of the Political Bureau of the CPC Central Committee,"
                + " noted that relations between the two countries achieved rapid development last year.\n");

        assertThat(statements).singleElement().extracting(Statement::speaker).isEqualTo("Wang Yi");
    }

    @Test
    void stateWillingAfterAPersonsFrameIsThatPersonsCommitment() {
        List<Statement> statements = attribute("Wang Yi said the two countries are good neighbours. "
                + "China is willing to import more Vietnamese fruit.\n");

        Statement willing = statementStartingWith(statements, "China is willing");
        assertThat(willing.speaker()).isEqualTo("Wang Yi");
        assertThat(willing.country()).isEqualTo("CHN");
        assertThat(willing.kind()).isEqualTo(StatementKind.COMMITMENT);
    }

    @Test
    void twoSidesShouldInsideAPersonsParagraphIsThatPersonsProposal() {
        List<Statement> statements = attribute("Wang Yi said the two countries are good neighbours. "
                + "The two sides should expand maritime cooperation on the basis of equality.\n");

        Statement should = statementStartingWith(statements, "The two sides should");
        assertThat(should.speaker()).isEqualTo("Wang Yi");
        assertThat(should.kind()).isEqualTo(StatementKind.PROPOSAL);
    }

    @Test
    void narrationOfTheMeetingIsNotAStatement() {
        List<Statement> statements = attribute("Wang Yi met with Bui Thanh Son in Beijing.\n");

        assertThat(statements).isEmpty();
    }

    @Test
    void contentlessExchangeOfViewsIsNotAStatement() {
        List<Statement> statements = attribute("Wang Yi said China values its friendship with Vietnam.\n\n"
                + "The two sides also exchanged views on issues of common concern.\n");

        assertThat(statements).extracting(Statement::text)
                .containsExactly("Wang Yi said China values its friendship with Vietnam.");
    }

    @Test
    void statementTextAndEvidenceAreTheSentence() {
        String body = "Bui Thanh Son thanked China for its support.\n";
        String text = MEETING + body;

        List<Statement> statements = attribute(body);

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Bui Thanh Son thanked China for its support.");
            assertThat(text.substring(s.evidence().start(), s.evidence().end())).isEqualTo(s.text());
            assertThat(s.kind()).isEqualTo(StatementKind.SUPPORT);
        });
    }
}
