package org.readout.extract.grammar;

import java.util.ArrayList;
import java.util.List;
import org.readout.extract.discourse.MentionFinder;
import org.readout.extract.internal.Deadline;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.person.People;
import org.readout.extract.person.PersonFinder;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.Tagger;
import org.readout.model.Span;

/**
 * Reads a document's sentences into parties and predicates: tags the words, finds the persons and
 * every mention of a party, and reads each sentence's predicates with the clause grammar. A proper
 * noun that stands where a party belongs ("Tokayev was met by Mirziyoyev") but that the person
 * finder did not know makes a second reading with it as a person. Thread-safe.
 */
public final class SentenceParser {
    private final Tagger tagger;
    private final PersonFinder persons;
    private final MentionFinder mentions;
    private final ClauseReader clauses;

    public SentenceParser(Tagger tagger, Knowledge knowledge) {
        this.tagger = tagger;
        this.persons = new PersonFinder(knowledge);
        this.mentions = new MentionFinder(knowledge);
        this.clauses = new ClauseReader(knowledge);
    }

    /** The document read: its persons, its sentences with their mentions, each sentence's predicates. */
    public record ParsedDocument(People people, List<ParsedSentence> sentences, List<List<Predication>> predications) {
        public ParsedDocument {
            sentences = List.copyOf(sentences);
            predications = List.copyOf(predications);
        }
    }

    /**
     * @param homeCountry the country of the account, for officials whose title names none
     * @param year        the year of the story, for the officials file
     */
    public ParsedDocument parse(List<Sentence> sentences, String homeCountry, Integer year) {
        return parse(sentences, homeCountry, year, Deadline.NONE);
    }

    /** @param deadline checked once a sentence, so that a long document is stopped when it runs past its budget */
    public ParsedDocument parse(List<Sentence> sentences, String homeCountry, Integer year, Deadline deadline) {
        // tagging is most of the grammar's cost; a sentence without a predicate word has nothing for it to read
        List<List<String>> tags = sentences.stream()
                .map(s -> clauses.mayHavePredicates(s.tokens()) ? tagger.tag(s.tokens()) : untagged(s.tokens().size())).toList();
        deadline.check();
        ParsedDocument first = read(sentences, tags, persons.find(sentences, homeCountry, year), deadline);
        List<Span> unnamed = unnamed(first);
        return unnamed.isEmpty() ? first : read(sentences, tags, persons.find(sentences, homeCountry, year, unnamed), deadline);
    }

    private ParsedDocument read(List<Sentence> sentences, List<List<String>> tags, People people, Deadline deadline) {
        List<ParsedSentence> parsed = new ArrayList<>(sentences.size());
        List<List<Predication>> predications = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            deadline.check();
            Sentence s = sentences.get(i);
            ParsedSentence p = ParsedSentence.of(s, tags.get(i), mentions.find(s.tokens(), tags.get(i), people.in(s.index()),
                    id -> people.get(id).country()));
            parsed.add(p);
            predications.add(clauses.read(p));
        }
        return new ParsedDocument(people, parsed, predications);
    }

    /** Tags of a sentence left untagged: "X", the tag set's "other". */
    private static List<String> untagged(int size) {
        return java.util.Collections.nCopies(size, "X");
    }

    private static List<Span> unnamed(ParsedDocument doc) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            ParsedSentence s = doc.sentences().get(i);
            for (Predication p : doc.predications().get(i)) {
                for (Phrase ph : p.unnamed()) {
                    out.add(new Span(s.sentence().tokens().get(ph.start()).start(), s.sentence().tokens().get(ph.end() - 1).end()));
                }
            }
        }
        return out;
    }
}
