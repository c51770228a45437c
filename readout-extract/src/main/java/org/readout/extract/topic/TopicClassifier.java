package org.readout.extract.topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.readout.extract.knowledge.TopicLexicon;
import org.readout.extract.text.Sentence;
import org.readout.model.Statement;

/** Gives each statement the taxonomy topics its phrases signal, and the document the union. */
public final class TopicClassifier {
    private final TopicLexicon lexicon;

    public TopicClassifier(TopicLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<String> topicsOf(String text) {
        List<String> found = new ArrayList<>();
        String folded = TopicLexicon.caseFold(text);
        for (TopicLexicon.Topic t : lexicon.topics()) {
            if (t.occursIn(text, folded)) {
                found.add(t.id());
            }
        }
        return found;
    }

    public List<Statement> classify(List<Statement> statements) {
        return statements.stream().map(s -> new Statement(s.speaker(), s.country(), s.kind(), topicsOf(s.text()),
                s.text(), s.evidence())).toList();
    }

    /** The statements' topics; a text with no statements (a news story) takes its sentences' topics. */
    public List<String> documentTopics(List<Statement> statements, List<Sentence> sentences) {
        Set<String> topics = new TreeSet<>();
        statements.forEach(s -> topics.addAll(s.topics()));
        if (statements.isEmpty()) {
            sentences.stream().filter(s -> !s.cutOff()).forEach(s -> topics.addAll(topicsOf(s.text())));
        }
        return List.copyOf(new LinkedHashSet<>(topics));
    }
}
