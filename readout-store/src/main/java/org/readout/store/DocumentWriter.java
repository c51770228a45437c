package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.readout.model.Event;
import org.readout.model.Participant;
import org.readout.model.Problem;
import org.readout.model.ReadoutRecord;
import org.readout.model.Span;
import org.readout.model.Statement;

/**
 * Writes documents and every fact of their records, each row naming its document and its evidence
 * offsets; people not seen before join the actors, new spellings join theirs. DuckDB pays per
 * statement rather than per row, so a batch is written with one statement per table.
 */
final class DocumentWriter {
    private final RecordJson json;
    private final ActorKeys actorKeys;

    DocumentWriter(RecordJson json, ActorKeys actorKeys) {
        this.json = json;
        this.actorKeys = actorKeys;
    }

    /** Writes the documents with one statement per table. */
    void write(Connection c, List<NewDocument> docs) throws SQLException {
        Rows rows = new Rows();
        docs.forEach(rows::add);
        Sql.insert(c, "documents", rows.documents, "");
        Sql.insert(c, "events", rows.events, "");
        Sql.insert(c, "participants", rows.participants, "");
        Sql.insert(c, "statements", rows.statements, "");
        Sql.insert(c, "actors", rows.people.actors(), "ON CONFLICT (id) DO UPDATE SET country = coalesce(actors.country, excluded.country)");
        Sql.insert(c, "actor_spellings", rows.people.spellings(), "ON CONFLICT DO NOTHING");
    }

    /** The rows of a batch of documents, table by table. */
    private final class Rows {
        final People people = new People();
        final List<Object[]> documents = new ArrayList<>();
        final List<Object[]> events = new ArrayList<>();
        final List<Object[]> participants = new ArrayList<>();
        final List<Object[]> statements = new ArrayList<>();

        void add(NewDocument doc) {
            ReadoutRecord r = doc.record();
            documents.add(new Object[] {doc.id(), doc.seq(), r.doc(), doc.origin(), r.title(), r.language(), r.published(),
                r.outlet(), r.url(), r.perspective(), r.topics(), r.relationshipLabels(),
                r.problems().stream().map(Problem::code).toList(), doc.text(), json.write(r),
                r.provenance() == null ? null : r.provenance().extractorVersion(),
                r.provenance() == null ? null : r.provenance().knowledgeHash(), LocalDateTime.now(ZoneOffset.UTC),
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
    }

    static List<String> countries(Event e) {
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
