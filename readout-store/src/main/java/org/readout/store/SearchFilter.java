package org.readout.store;

import java.time.LocalDate;
import java.util.List;
import org.readout.model.StatementKind;

/**
 * What a search is narrowed to. {@code country} is a participant's state for a document and the
 * speaker's state for a statement; {@code pair} two states that met in the document. Countries
 * may be alpha-3 codes or names; null or empty means any.
 */
public record SearchFilter(SearchHit.Type type, String country, List<String> pair, String speaker,
                           StatementKind kind, String topic, LocalDate since, LocalDate until) {
    public static final SearchFilter ANY = new SearchFilter(null, null, List.of(), null, null, null, null, null);

    public SearchFilter {
        pair = pair == null ? List.of() : List.copyOf(pair);
        if (!pair.isEmpty() && pair.size() != 2) {
            throw new IllegalArgumentException("a pair is two countries, not " + pair);
        }
    }

    public SearchFilter withType(SearchHit.Type hitType) {
        return new SearchFilter(hitType, country, pair, speaker, kind, topic, since, until);
    }

    public SearchFilter withCountry(String codeOrName) {
        return new SearchFilter(type, codeOrName, pair, speaker, kind, topic, since, until);
    }

    public SearchFilter withPair(String one, String other) {
        return new SearchFilter(type, country, List.of(one, other), speaker, kind, topic, since, until);
    }

    public SearchFilter withSpeaker(String name) {
        return new SearchFilter(type, country, pair, name, kind, topic, since, until);
    }

    public SearchFilter withKind(StatementKind statementKind) {
        return new SearchFilter(type, country, pair, speaker, statementKind, topic, since, until);
    }

    public SearchFilter withTopic(String topicId) {
        return new SearchFilter(type, country, pair, speaker, kind, topicId, since, until);
    }

    public SearchFilter during(LocalDate from, LocalDate to) {
        return new SearchFilter(type, country, pair, speaker, kind, topic, from, to);
    }
}
