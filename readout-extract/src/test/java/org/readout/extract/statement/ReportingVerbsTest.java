package org.readout.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.extract.grammar.Predication;
import org.readout.extract.grammar.SentenceParser;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.knowledge.Predicate;
import org.readout.extract.text.SentenceSplitter;
import org.readout.extract.text.Tagger;

/**
 * Every reporting verb of predicates.tsv is read as one in its own example sentence: as the reporting
 * row, or as the interaction row of the same verb used of what was said ("discussed trade").
 */
class ReportingVerbsTest {
    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(null);
    private static SentenceSplitter splitter;
    private static SentenceParser parser;
    private static FrameReader frames;

    @BeforeAll
    static void load() {
        splitter = new SentenceSplitter();
        parser = new SentenceParser(new Tagger(), KNOWLEDGE);
        frames = new FrameReader(KNOWLEDGE);
    }

    static Stream<Predicate> reportingVerbs() {
        return KNOWLEDGE.predicates().all().stream().filter(p -> p.use() == Predicate.Use.REPORTING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportingVerbs")
    void theExampleReadsTheVerbAsReporting(Predicate verb) {
        SentenceParser.ParsedDocument doc = parser.parse(splitter.split(verb.example()), null, 2024);

        List<Predication> read = doc.predications().stream().flatMap(List::stream).toList();
        assertThat(read).as(verb.example()).anyMatch(p -> frames.reports(p)
                && p.predicate().words().get(0).equals(verb.words().get(0)));
    }
}
