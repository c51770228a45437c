package org.readout.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.readout.extract.knowledge.Knowledge;
import org.readout.model.Event;
import org.readout.model.Participant;
import org.readout.model.Problem;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;
import org.readout.model.Span;
import org.readout.model.Statement;

/**
 * The rows a batch of documents adds to the fact tables (documents, events, participants, statements) in
 * their columns' order (migrations V1, V5, V6), and the people they name. The store inserts them; an engine
 * that writes the same tables elsewhere (readout-spark's Parquet) takes them from here, so that both agree
 * column by column. Values are String, Integer, Long, LocalDate, LocalDateTime and List of String.
 */
public final class FactRows {
    private final RecordJson json;
    private final ActorKeys actorKeys;
    private final People people = new People();
    private final List<Object[]> documents = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();
    private final List<Object[]> participants = new ArrayList<>();
    private final List<Object[]> statements = new ArrayList<>();

    FactRows(RecordJson json, ActorKeys actorKeys) {
        this.json = json;
        this.actorKeys = actorKeys;
    }

    /** Rows whose people are resolved by this knowledge's officials and countries, as the store resolves them. */
    public static FactRows of(Knowledge knowledge) {
        return new FactRows(new RecordJson(), new ActorKeys(knowledge));
    }

    /**
     * Adds a document as ingest would store it: its id the hash of its text, its origin without local folders.
     *
     * @param seq its place in ingest order
     */
    public void add(SourceDocument source, String origin, long seq, ReadoutRecord record, LocalDateTime ingestedAt) {
        add(new NewDocument(ContentHash.of(source.text()), seq, StoredOrigin.of(origin), source.text(), record,
                source.metadata()), ingestedAt);
    }

    void add(NewDocument doc, LocalDateTime ingestedAt) {
        ReadoutRecord r = doc.record();
        documents.add(new Object[] {doc.id(), doc.seq(), r.doc(), doc.origin(), r.title(), r.language(), r.published(),
            r.outlet(), r.url(), r.perspective(), r.topics(), r.relationshipLabels(),
            r.problems().stream().map(Problem::code).toList(), doc.text(), json.write(r),
            r.provenance() == null ? null : r.provenance().extractorVersion(),
            r.provenance() == null ? null : r.provenance().knowledgeHash(), ingestedAt,
            doc.metadata().isEmpty() ? null : json.write(doc.metadata())});
        for (int i = 0; i < r.events().size(); i++) {
            Event e = r.events().get(i);
            Span ev = e.evidence();
            var place = e.location();
            events.add(new Object[] {doc.id(), i, e.mode().name().toLowerCase(Locale.ROOT), e.date(),
                place == null ? null : place.city(), place == null ? null : place.region(),
                place == null ? null : place.country(), e.host(), e.occasion(), countries(e),
                ev == null ? null : ev.start(), ev == null ? null : ev.end()});
            for (int p = 0; p < e.participants().size(); p++) {
                Participant person = e.participants().get(p);
                participants.add(new Object[] {doc.id(), i, p, person.name(), people.actor(person.name(), person.country()),
                    person.country(), person.roles()});
            }
        }
        for (int i = 0; i < r.statements().size(); i++) {
            Statement s = r.statements().get(i);
            Span ev = s.evidence();
            statements.add(new Object[] {doc.id(), i, s.speaker(), people.actor(s.speaker(), s.country()), s.country(),
                s.kind().name().toLowerCase(Locale.ROOT), s.topics(), s.text(), doc.statementDate(),
                ev == null ? null : ev.start(), ev == null ? null : ev.end()});
        }
    }

    /** Columns as in the store, record_json (the whole record) among them. */
    public List<Object[]> documents() {
        return List.copyOf(documents);
    }

    public List<Object[]> events() {
        return List.copyOf(events);
    }

    public List<Object[]> participants() {
        return List.copyOf(participants);
    }

    public List<Object[]> statements() {
        return List.copyOf(statements);
    }

    /** Each person named once: id, name, the first country given. */
    List<Object[]> actors() {
        return people.actors();
    }

    /** Each spelling of a person once: actor id, spelling. */
    List<Object[]> spellings() {
        return people.spellings();
    }

    /** The states of the event's participants, sorted: events.countries. */
    public static List<String> countries(Event e) {
        return List.copyOf(new TreeSet<>(e.participants().stream().map(Participant::country).filter(Objects::nonNull).toList()));
    }

    /** The people a batch names: each actor once (with the first country given), each spelling once. */
    private final class People {
        private final Map<String, Object[]> actors = new LinkedHashMap<>();
        private final Set<List<String>> spellings = new LinkedHashSet<>();

        String actor(String name, String country) {
            return actorKeys.resolve(name).map(key -> {
                Object[] row = actors.computeIfAbsent(key.id(), id -> new Object[] {id, key.name(), null});
                row[2] = row[2] == null ? country : row[2];
                spellings.add(List.of(key.id(), name.strip()));
                return key.id();
            }).orElse(null);
        }

        List<Object[]> actors() {
            return List.copyOf(actors.values());
        }

        List<Object[]> spellings() {
            return spellings.stream().map(List::toArray).toList();
        }
    }
}
