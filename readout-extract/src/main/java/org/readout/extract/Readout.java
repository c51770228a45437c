package org.readout.extract;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.readout.extract.discourse.Discourse;
import org.readout.extract.discourse.DiscourseReader;
import org.readout.extract.event.EventDetector;
import org.readout.extract.grammar.SentenceParser;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.header.HeaderReader;
import org.readout.extract.internal.Background;
import org.readout.extract.internal.Deadline;
import org.readout.extract.internal.DeadlineExceeded;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.knowledge.Outlet;
import org.readout.extract.label.RelationshipLabelFinder;
import org.readout.extract.language.LanguageIdentifier;
import org.readout.extract.multilingual.MultilingualReader;
import org.readout.extract.person.People;
import org.readout.extract.perspective.PerspectiveResolver;
import org.readout.extract.statement.SpeakerAttributor;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.SentenceSplitter;
import org.readout.extract.text.Tagger;
import org.readout.extract.topic.TopicClassifier;
import org.readout.extract.zone.ZoneKind;
import org.readout.model.Event;
import org.readout.model.Problem;
import org.readout.model.Provenance;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;
import org.readout.model.Statement;

/**
 * The extraction engine's front door: {@code Readout.create(config).extract(document)}.
 * An instance is immutable and thread-safe; create it once (loading knowledge and models
 * costs a few hundred milliseconds) and share it.
 *
 * <p>Serialisable for engines that ship it to other JVMs (Spark): only its {@link ReadoutConfig}
 * travels, and the receiving JVM rebuilds it from there, once per config ({@link ReadoutMemo}).
 */
public final class Readout implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The language the full extraction rules are written for; others get events where a language pack reads them. */
    private static final String SUPPORTED_LANGUAGE = "en";
    private static final Set<ZoneKind> STORY_ZONES = EnumSet.of(ZoneKind.STORY, ZoneKind.DATE_LINE);
    private static final ReadoutMemo REBUILT = new ReadoutMemo(4);
    private final ReadoutConfig config;
    private final Knowledge knowledge;
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final SentenceSplitter splitter;
    private final HeaderReader headers;
    private final SentenceParser parser;
    private final DiscourseReader discourse;
    private final EventDetector events;
    private final SpeakerAttributor speakers;
    private final TopicClassifier topics;
    private final RelationshipLabelFinder labels = new RelationshipLabelFinder();
    private final PerspectiveResolver perspectives;
    private final MultilingualReader foreign;
    private final InteractionFilter filter;

    private Readout(ReadoutConfig config, Knowledge knowledge, SentenceSplitter splitter, Tagger tagger) {
        this.config = config;
        this.knowledge = knowledge;
        this.splitter = splitter;
        this.headers = new HeaderReader(knowledge);
        this.parser = new SentenceParser(tagger, knowledge);
        this.discourse = new DiscourseReader(knowledge);
        this.events = new EventDetector(knowledge);
        this.speakers = new SpeakerAttributor(knowledge, tagger);
        this.topics = new TopicClassifier(knowledge.topics(), knowledge.titles());
        this.perspectives = new PerspectiveResolver(knowledge);
        this.foreign = new MultilingualReader(knowledge, config.knowledgeOverrides().orElse(null));
        this.filter = new InteractionFilter(knowledge, foreign);
    }

    public static Readout create(ReadoutConfig config) {
        // the models load beside the knowledge
        Background<SentenceSplitter> splitter = Background.start(SentenceSplitter::new);
        Background<Tagger> tagger = Background.start(Tagger::new);
        Knowledge knowledge = KnowledgeLoader.load(config.knowledgeOverrides().orElse(null));
        return new Readout(config, knowledge, splitter.get(), tagger.get());
    }

    public static Readout create() {
        return create(ReadoutConfig.defaults());
    }

    /** What travels instead of the instance: models and knowledge tables stay behind. */
    private record SerialForm(ReadoutConfig config) implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return REBUILT.get(config, Readout::create);
        }
    }

    private Object writeReplace() {
        return new SerialForm(config);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Readout is read through its SerialForm");
    }

    /** The knowledge this pipeline reads with (the bundled files and the config's overrides), for the stages after it. */
    public Knowledge knowledge() {
        return knowledge;
    }

    public ReadoutRecord extract(String id, String text) {
        return extract(SourceDocument.of(id, text));
    }

    /**
     * The document's record. Text past the config's size budget is not read (a warning says so); a document
     * whose extraction runs past the time budget gets a record with an error and no events, and the caller
     * goes on to its next document.
     */
    public ReadoutRecord extract(SourceDocument doc) {
        List<Problem> problems = new ArrayList<>();
        SourceDocument read = withinSize(doc, problems);
        try {
            return extract(read, problems, Deadline.after(config.timeBudget()));
        } catch (DeadlineExceeded e) {
            problems.add(Problem.error("time_budget", "extraction stopped: it ran past the time budget of "
                    + e.budget().toMillis() + " ms for one document"));
            return new ReadoutRecord(doc.id(), null, null, null, null, null, null, List.of(), List.of(), List.of(),
                    List.of(), problems, new Provenance(Version.get(), knowledge.hash()));
        }
    }

    /**
     * Whether {@link #extract} may find an event or a statement in the document, told cheaply from its words
     * ({@link InteractionFilter}): false only for a document whose record would have neither, so that an engine
     * reading the world's news can skip the rest. Reads what {@code extract} reads (the text within the size budget,
     * in the language it identifies); thread-safe.
     */
    public boolean mayReport(SourceDocument doc) {
        String text = doc.text().substring(0, readLength(doc.text()));
        String language = languages.identify(text);
        return filter.mayReport(text, language, SUPPORTED_LANGUAGE.equals(language));
    }

    private SourceDocument withinSize(SourceDocument doc, List<Problem> problems) {
        String text = doc.text();
        int end = readLength(text);
        if (end == text.length()) {
            return doc;
        }
        problems.add(Problem.warning("truncated", "text is " + text.length() + " characters long: only the first "
                + end + " were read"));
        return new SourceDocument(doc.id(), text.substring(0, end), doc.title(), doc.url(), doc.published(), doc.siteName());
    }

    /** How many characters of the text are read: all within the size budget. */
    private int readLength(String text) {
        if (text.length() <= config.maxChars()) {
            return text.length();
        }
        // a cut between the two halves of a surrogate pair would leave half a character
        return Character.isHighSurrogate(text.charAt(config.maxChars() - 1)) ? config.maxChars() - 1 : config.maxChars();
    }

    private ReadoutRecord extract(SourceDocument doc, List<Problem> problems, Deadline deadline) {
        String language = languages.identify(doc.text());
        DocumentHeader header = headers.read(doc);
        deadline.check();
        if (!SUPPORTED_LANGUAGE.equals(language) && foreign.reads(language)) {
            problems.add(Problem.warning("language", "text is in '" + language + "', not English: events only, no statements"));
            List<Event> found = foreign.read(doc.text(), language, header);
            return record(doc, header, language, perspectives.resolve(header, found, People.NONE, doc.text()), found,
                    List.of(), List.of(), List.of(), problems);
        }
        if (!SUPPORTED_LANGUAGE.equals(language)) {
            problems.add(Problem.warning("language", "text is in '" + language
                    + "', not English: document fields only, no events or statements"));
            return record(doc, header, language, perspectives.resolveByOutlet(header), List.of(), List.of(), List.of(),
                    List.of(), problems);
        }
        String story = storyText(doc.text(), header);
        List<Sentence> sentences = splitter.split(story);
        deadline.check();
        SentenceParser.ParsedDocument parsed = parser.parse(sentences, homeCountry(header), year(header), deadline);
        People people = parsed.people();
        Discourse referents = discourse.read(parsed.sentences(), parsed.predications(), people);
        deadline.check();
        List<String> captions = header.zones().of(ZoneKind.CAPTION).stream().map(z -> z.text(doc.text())).toList();
        List<Event> found = events.detect(sentences, parsed.sentences(), parsed.predications(), referents, people, header,
                captions, deadline);
        List<Statement> statements = topics.classify(speakers.attribute(parsed, referents, found));
        deadline.check();
        String perspective = perspectives.resolve(header, found, people, story);
        if (found.isEmpty()) {
            problems.add(Problem.warning("no_event", "no meeting or call found: not a readout, or one Readout cannot read"));
        }
        List<String> docTopics = topics.documentTopics(statements, sentences);
        deadline.check();
        return record(doc, header, language, perspective, found, statements, docTopics, labels.find(doc.text()), problems);
    }

    // What is not story (the scraper's "date ..." prefix, headlines, the dateline, captions, menus, bylines, credits)
    // is blanked, not cut, so that offsets still point into the document; an outlet's name in the dateline is nobody's
    // title. A date line stands on a line of its own and may date a story that does not say when.
    private static String storyText(String text, DocumentHeader header) {
        return header.zones().blankExcept(text, STORY_ZONES);
    }

    private static Integer year(DocumentHeader header) {
        return header.published() == null ? header.yearHint() : Integer.valueOf(header.published().getYear());
    }

    // Officials named bare ("Prime Minister Anwar") are a national outlet's own; a dateline says where the story
    // was filed ("RIYADH —" over a Malaysian visit), not whose officials it names.
    private static String homeCountry(DocumentHeader header) {
        Outlet outlet = header.outlet();
        return outlet != null && outlet.speaksForItsState() ? outlet.country() : null;
    }

    private ReadoutRecord record(SourceDocument doc, DocumentHeader header, String language, String perspective,
                                 List<Event> found, List<Statement> statements, List<String> docTopics,
                                 List<String> labelList, List<Problem> problems) {
        return new ReadoutRecord(doc.id(), header.title(), language, header.published(), header.outletName(),
                header.url(), perspective, found, statements, docTopics, labelList, problems,
                new Provenance(Version.get(), knowledge.hash()));
    }
}
