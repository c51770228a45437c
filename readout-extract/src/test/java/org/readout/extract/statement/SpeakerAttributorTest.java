package org.readout.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.discourse.Discourse;
import org.readout.extract.discourse.DiscourseReader;
import org.readout.extract.grammar.SentenceParser;
import org.readout.extract.grammar.SentenceParser.ParsedDocument;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.SentenceSplitter;
import org.readout.extract.text.Tagger;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Participant;
import org.readout.model.Span;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

/**
 * Attribution over real sentences read by the clause grammar and the discourse, with the meeting
 * given by hand: Wang Yi (CHN) met Bui Thanh Son (VNM). Every fixture opens with that meeting, so
 * both are named with their nationality.
 */
class SpeakerAttributorTest {
    private static final String MEETING =
            "Chinese Foreign Minister Wang Yi met with Vietnamese Foreign Minister Bui Thanh Son in Beijing on Monday.\n\n";
    private static final Event EVENT = new Event(EventMode.VISIT, null, null, "CHN", null,
            List.of(new Participant("Wang Yi", "CHN", List.of("Foreign Minister")),
                    new Participant("Bui Thanh Son", "VNM", List.of("Foreign Minister"))),
            new Span(0, MEETING.strip().length()));

    private static SentenceSplitter splitter;
    private static SentenceParser parser;
    private static DiscourseReader discourse;
    private static SpeakerAttributor attributor;

    @BeforeAll
    static void load() {
        Knowledge knowledge = KnowledgeLoader.load(null);
        Tagger tagger = new Tagger();
        splitter = new SentenceSplitter();
        parser = new SentenceParser(tagger, knowledge);
        discourse = new DiscourseReader(knowledge);
        attributor = new SpeakerAttributor(knowledge, tagger);
    }

    private static List<Statement> attribute(String body) {
        return attribute(MEETING + body, List.of(EVENT));
    }

    private static List<Statement> attribute(String text, List<Event> events) {
        List<Sentence> sentences = splitter.split(text);
        ParsedDocument doc = parser.parse(sentences, null, 2024);
        Discourse referents = discourse.read(doc.sentences(), doc.predications(), doc.people());
        return attributor.attribute(doc, referents, events);
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
    void aTurnGoesOnPastALineBreakWhileTheLinesReadAsSpeech() {
        List<Statement> statements = attribute("Wang Yi said the two countries are good neighbours.\n"
                + "The two sides should expand trade in farm produce.\n"
                + "Trade between the two countries grew by a tenth last year.\n");

        assertThat(statementStartingWith(statements, "The two sides should").speaker()).isEqualTo("Wang Yi");
        // a plain line after the break is the reporter's again
        assertThat(statements).noneMatch(s -> s.text().startsWith("Trade between"));
    }

    @Test
    void narrationOfWhatAPersonDidEndsTheTurn() {
        List<Statement> statements = attribute("Bui Thanh Son said Vietnam values its ties with China. "
                + "He later laid a wreath at the monument. "
                + "Relations between the two countries are at their best.\n");

        assertThat(statements).extracting(Statement::text)
                .containsExactly("Bui Thanh Son said Vietnam values its ties with China.");
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
    void twoParticipantsConjoinedAreBoth() {
        List<Statement> statements = attribute("Wang Yi and Bui Thanh Son agreed on the importance of the rule of law.\n");

        assertThat(statements).singleElement().extracting(Statement::speaker).isEqualTo(Statement.BOTH);
    }

    @Test
    void whatBothSidesAgreedIsTheirsWhenOneOfThemTellsIt() {
        List<Statement> statements = attribute("Bui Thanh Son told reporters they agreed to open a new border crossing.\n\n"
                + "Bui Thanh Son said the two sides should meet more often.\n");

        assertThat(statementStartingWith(statements, "Bui Thanh Son told").speaker()).isEqualTo(Statement.BOTH);
        assertThat(statementStartingWith(statements, "Bui Thanh Son said").speaker()).isEqualTo("Bui Thanh Son");
    }

    @Test
    void theTalksAndTheMeetingsPurposeAreBothSides() {
        List<Statement> statements = attribute("Their talks focused on trade, energy and the border.\n\n"
                + "Wang Yi also met Bui Thanh Son on Tuesday to discuss the railway link.\n");

        assertThat(statements).extracting(Statement::speaker).containsExactly(Statement.BOTH, Statement.BOTH);
    }

    @Test
    void heAfterAQuotationIsWhoSpokeBeforeItNotWhomItNames() {
        List<Statement> statements = attribute("Wang Yi said China values its friendship with Vietnam. "
                + "“I thank Minister Bui Thanh Son for the visit. We will do more for rail links,” he said.\n");

        assertThat(statements).isNotEmpty().allSatisfy(s -> assertThat(s.speaker()).isEqualTo("Wang Yi"));
    }

    @Test
    void quotationMarksOpenAndCloseAcrossSentencesAndParagraphs() {
        assertThat(Quotations.quotedPrefix("“Good to meet X.", false)).isEqualTo("“Good to meet X.".length());
        assertThat(Quotations.quotedPrefix("Agreed,” he said.", true)).isEqualTo("Agreed,”".length());
        assertThat(Quotations.quotedPrefix("He said “yes”.", false)).isZero();
        assertThat(Quotations.endsInQuote("“Good to meet X.", false, true)).isTrue();
        assertThat(Quotations.endsInQuote("Agreed,” he said.", true, false)).isFalse();
        // a quotation running over paragraphs opens each one again
        assertThat(Quotations.endsInQuote("“We will go on.", true, true)).isTrue();
    }

    @Test
    void anOfficeNamesItsHolderWhenTheStateTellsWhichOne() {
        List<Statement> statements = attribute("Wang Yi said China values its friendship with Vietnam.\n\n"
                + "The Vietnamese Foreign Minister stressed that Vietnam regards China as a top priority.\n");

        assertThat(statementStartingWith(statements, "The Vietnamese Foreign Minister").speaker()).isEqualTo("Bui Thanh Son");
    }

    @Test
    void aQuotationRunningOverSentencesIsTheSpeakerOfTheFrameAfterIt() {
        List<Statement> statements = attribute("Wang Yi said China values its friendship with Vietnam.\n\n"
                + "“We share a border and a long history. "
                + "Our ties are a platform for many other things,” Foreign Minister Bui Thanh Son said.\n");

        assertThat(statementStartingWith(statements, "“We share a border").speaker()).isEqualTo("Bui Thanh Son");
        assertThat(statements).extracting(s -> s.evidence().start()).isSorted();
    }

    @Test
    void aQuotationWithNoFrameAfterItStaysWithTheSpeakerBeforeIt() {
        List<Statement> statements = attribute("Wang Yi said China values its ties with Vietnam. “We are good neighbours. "
                + "We are good partners.”\n");

        assertThat(statements).extracting(Statement::speaker).containsExactly("Wang Yi", "Wang Yi", "Wang Yi");
    }

    @Test
    void theSpeakerAfterTheVerbAndAfterAccordingToSpeaks() {
        List<Statement> statements = attribute("“The railway will open next year,” said Bui Thanh Son.\n\n"
                + "Both countries gain from the railway, according to Wang Yi.\n");

        assertThat(statements).extracting(Statement::speaker).containsExactly("Bui Thanh Son", "Wang Yi");
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
    void stateWillingInAPersonsTurnIsThatPersonsCommitment() {
        List<Statement> statements = attribute("Wang Yi said the two countries are good neighbours. "
                + "China is willing to import more Vietnamese fruit.\n");

        Statement willing = statementStartingWith(statements, "China is willing");
        assertThat(willing.speaker()).isEqualTo("Wang Yi");
        assertThat(willing.country()).isEqualTo("CHN");
        assertThat(willing.kind()).isEqualTo(StatementKind.COMMITMENT);
    }

    @Test
    void anOfficialWhoIsNoParticipantSpeaksForTheStateAndOneTiedToNoStateIsNotRecorded() {
        List<Statement> statements = attribute("Chinese President Xi Jinping said he hopes the railway opens soon.\n\n"
                + "A local historian, Tomas Vidal, said the two capitals were once linked by a road.\n");

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.speaker()).isEqualTo("China");
            assertThat(s.country()).isEqualTo("CHN");
        });
    }

    @Test
    void withNoEventFoundEveryOfficialTiedToAStateMaySpeak() {
        List<Statement> statements = attribute("Vietnamese Foreign Minister Bui Thanh Son said the railway will open soon.\n",
                List.of());

        assertThat(statements).singleElement().extracting(Statement::speaker).isEqualTo("Bui Thanh Son");
    }

    @Test
    void aTranscriptsSpeakerLabelHoldsTheTurnUntilTheNext() {
        String transcript = "Chinese Foreign Minister Wang Yi: Minister,\n\n"
                + "It is a pleasure to see you in Beijing again.\n\n"
                + "This year marks a new start for our relations.\n\n"
                + "Vietnamese Foreign Minister Bui Thanh Son: Thank you, Minister.\n\n"
                + "Vietnam attaches great importance to the friendship.\n";

        List<Statement> statements = attribute(transcript, List.of(EVENT));

        assertThat(statements).extracting(Statement::speaker).containsExactly("Wang Yi", "Wang Yi", "Bui Thanh Son");
    }

    @Test
    void aSourceSpeaksForItsStateAndTheSourceNamedAgainToo() {
        List<Statement> statements = attribute("A source in the Vietnamese delegation said the plan for the railway was"
                + " handed over.\n\n“The railway will open next year,” the official said.\n");

        assertThat(statements).extracting(Statement::speaker, Statement::country)
                .containsExactly(tuple("Vietnam", "VNM"), tuple("Vietnam", "VNM"));
    }

    @Test
    void whatWasAgreedWithNoOneNamedIsBothSides() {
        List<Statement> statements = attribute("It was agreed that the two foreign ministries will meet every year.\n");

        assertThat(statements).singleElement().extracting(Statement::speaker).isEqualTo(Statement.BOTH);
    }

    @Test
    void theMainClausesFrameWinsOverALeadingSubordinateOnesAndADeniedSayingAssertsNothing() {
        List<Statement> statements = attribute("Although Wang Yi offered to host the next round, Bui Thanh Son said it"
                + " should be held in Hanoi.\n\nThe report did not say if the two sides had discussed the border.\n");

        assertThat(statements).singleElement().extracting(Statement::speaker).isEqualTo("Bui Thanh Son");
    }

    @Test
    void narrationOfTheMeetingIsNotAStatement() {
        assertThat(attribute("Wang Yi met with Bui Thanh Son in Beijing.\n")).isEmpty();
        assertThat(attribute("Bui Thanh Son said Wang Yi received him at the guest house.\n")).isEmpty();
        // a meeting in a clause of time is no narration of what was said
        assertThat(attribute("Bui Thanh Son thanked Wang Yi for the invitation when they met in the morning.\n"))
                .singleElement().extracting(Statement::speaker).isEqualTo("Bui Thanh Son");
    }

    @Test
    void contentlessExchangeOfViewsIsNotAStatement() {
        List<Statement> statements = attribute("Wang Yi said China values its friendship with Vietnam.\n\n"
                + "The two sides also exchanged views on issues of common concern.\n");

        assertThat(statements).extracting(Statement::text)
                .containsExactly("Wang Yi said China values its friendship with Vietnam.");
    }

    @Test
    void aHeadlineAndARepeatedLeadAreNoStatements() {
        List<Statement> statements = attribute("Bui Thanh Son says Vietnam values ties with China\n\n"
                + "Bui Thanh Son said Vietnam values its ties with China and will send a trade mission.\n\n"
                + "Bui Thanh Son said Vietnam values its ties with China and will send a trade mission, the agency reported.\n");

        assertThat(statements).singleElement().extracting(Statement::text)
                .isEqualTo("Bui Thanh Son said Vietnam values its ties with China and will send a trade mission.");
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
