package org.readout.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.readout.model.Event;
import org.readout.model.Participant;
import org.readout.model.Problem;
import org.readout.model.ReadoutRecord;
import org.readout.model.Span;
import org.readout.model.Statement;

/** Writes one document and every fact of its record, each row naming the document and its evidence offsets. */
final class DocumentWriter {
    private final RecordJson json;
    private final ActorKeys actorKeys;

    DocumentWriter(RecordJson json, ActorKeys actorKeys) {
        this.json = json;
        this.actorKeys = actorKeys;
    }

    void write(Connection c, NewDocument doc) throws SQLException {
        ReadoutRecord r = doc.record();
        Sql.update(c, "INSERT INTO documents (id, seq, name, origin, title, language, published, outlet, url, perspective,"
                        + " topics, labels, problems, text, record_json, extractor_version, knowledge_hash, ingested_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                doc.id(), doc.seq(), r.doc(), doc.origin(), r.title(), r.language(), r.published(), r.outlet(), r.url(),
                r.perspective(), r.topics(), r.relationshipLabels(), r.problems().stream().map(Problem::code).toList(),
                doc.text(), json.write(r), r.provenance() == null ? null : r.provenance().extractorVersion(),
                r.provenance() == null ? null : r.provenance().knowledgeHash(), LocalDateTime.now(ZoneOffset.UTC));
        writeEvents(c, doc);
        writeStatements(c, doc);
    }

    private void writeEvents(Connection c, NewDocument doc) throws SQLException {
        try (PreparedStatement events = c.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement participants = c.prepareStatement("INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            List<Event> list = doc.record().events();
            for (int i = 0; i < list.size(); i++) {
                Event e = list.get(i);
                Span ev = e.evidence();
                Sql.bind(c, events, doc.id(), i, e.mode().name().toLowerCase(java.util.Locale.ROOT), e.date(), doc.day(e),
                        e.location() == null ? null : e.location().city(), e.location() == null ? null : e.location().region(),
                        e.location() == null ? null : e.location().country(), e.host(), e.occasion(), countries(e),
                        ev == null ? null : ev.start(), ev == null ? null : ev.end());
                events.addBatch();
                for (int p = 0; p < e.participants().size(); p++) {
                    Participant person = e.participants().get(p);
                    String actor = actor(c, person.name(), person.country()).orElse(null);
                    Sql.bind(c, participants, doc.id(), i, p, person.name(), actor, person.country(), person.roles());
                    participants.addBatch();
                }
            }
            events.executeBatch();
            participants.executeBatch();
        }
    }

    private void writeStatements(Connection c, NewDocument doc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<Statement> list = doc.record().statements();
            for (int i = 0; i < list.size(); i++) {
                Statement s = list.get(i);
                String actor = actor(c, s.speaker(), s.country()).orElse(null);
                Sql.bind(c, ps, doc.id(), i, s.speaker(), actor, s.country(), s.kind().name().toLowerCase(java.util.Locale.ROOT),
                        s.topics(), s.text(), doc.statementDate(), s.evidence() == null ? null : s.evidence().start(),
                        s.evidence() == null ? null : s.evidence().end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The person's actor id; a person not seen before joins the actors, a new spelling joins theirs. */
    private Optional<String> actor(Connection c, String name, String country) throws SQLException {
        Optional<ActorKeys.ActorKey> key = actorKeys.resolve(name);
        if (key.isPresent()) {
            String id = key.get().id();
            Sql.update(c, "INSERT INTO actors VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE"
                    + " SET country = coalesce(actors.country, excluded.country)", id, key.get().name(), country);
            Sql.update(c, "INSERT INTO actor_spellings VALUES (?, ?) ON CONFLICT DO NOTHING", id, name.strip());
        }
        return key.map(ActorKeys.ActorKey::id);
    }

    static List<String> countries(Event e) {
        return List.copyOf(new TreeSet<>(e.participants().stream().map(Participant::country).filter(Objects::nonNull).toList()));
    }
}
