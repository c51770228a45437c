package org.readout.store;

import java.time.LocalDate;
import org.readout.model.StatementKind;

/**
 * Which statements: by speaker (any spelling), speaker's state (alpha-3 code or name), topic id,
 * kind, day (inclusive), speaker's actor id, and meeting id (the statements of the documents that
 * give its accounts). Null means any.
 */
public record StatementFilter(String speaker, String country, String topic, StatementKind kind, LocalDate since,
                              LocalDate until, String actorId, String meetingId) {
    public static final StatementFilter ANY = new StatementFilter(null, null, null, null, null, null, null, null);

    public StatementFilter withSpeaker(String name) {
        return new StatementFilter(name, country, topic, kind, since, until, actorId, meetingId);
    }

    public StatementFilter withCountry(String codeOrName) {
        return new StatementFilter(speaker, codeOrName, topic, kind, since, until, actorId, meetingId);
    }

    public StatementFilter withTopic(String topicId) {
        return new StatementFilter(speaker, country, topicId, kind, since, until, actorId, meetingId);
    }

    public StatementFilter withKind(StatementKind statementKind) {
        return new StatementFilter(speaker, country, topic, statementKind, since, until, actorId, meetingId);
    }

    public StatementFilter during(LocalDate from, LocalDate to) {
        return new StatementFilter(speaker, country, topic, kind, from, to, actorId, meetingId);
    }

    public StatementFilter withActorId(String id) {
        return new StatementFilter(speaker, country, topic, kind, since, until, id, meetingId);
    }

    public StatementFilter ofMeeting(String id) {
        return new StatementFilter(speaker, country, topic, kind, since, until, actorId, id);
    }
}
