package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every person's profile equals what the former aggregate queries (one per part) gave. */
class ActorProfileTest {
    /** Each event with the day it is filed under: its date, else its document's publication. */
    static final String EVENT_DAYS = "(SELECT ev.*, coalesce(ev.date, dd.published) AS day FROM events ev"
            + " JOIN documents dd ON dd.id = ev.document_id)";
    static final String OFFICES = "SELECT role, min(e.day) AS first, max(e.day) AS last, count(*) AS n FROM"
            + " (SELECT document_id, event_index, unnest(roles) AS role FROM participants WHERE actor_id = ?) r"
            + " JOIN " + EVENT_DAYS + " e USING (document_id, event_index) GROUP BY role ORDER BY first NULLS LAST, role";
    static final String SPAN = "SELECT min(e.day) AS first, max(e.day) AS last, count(*) AS events,"
            + " (SELECT count(DISTINCT meeting_id) FROM meeting_accounts ma JOIN participants q USING (document_id, event_index)"
            + " WHERE q.actor_id = ?) AS meetings, (SELECT count(*) FROM statements WHERE actor_id = ?) AS statements"
            + " FROM participants p JOIN " + EVENT_DAYS + " e USING (document_id, event_index) WHERE p.actor_id = ?";

    @TempDir
    Path dir;

    @Test
    void profilesEqualTheFormerQueries() {
        Map<String, ActorProfile> profiles = new LinkedHashMap<>();
        try (Store store = Store.open(dir)) {
            Fixtures.ingestAll(store, Fixtures.examples());
            for (String name : List.of("cn-account.txt", "vn-account.txt", "other-call.txt")) {
                store.ingest(Fixtures.fixture(name), null);
            }
            store.actors(null, Page.first(Page.MAX_LIMIT)).forEach(a -> profiles.put(a.id(), store.actor(a.id()).orElseThrow()));
        }
        assertThat(profiles.values()).anySatisfy(p -> assertThat(p.offices()).hasSizeGreaterThan(0));
        assertThat(profiles.values()).anySatisfy(p -> assertThat(p.meetings()).isLessThan(p.events()));
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            profiles.forEach((id, profile) -> assertThat(profile).as(id).isEqualTo(db.read(c -> reference(c, profile.actor()))));
        }
    }

    static ActorProfile reference(Connection c, Actor actor) throws SQLException {
        List<Office> offices = Sql.list(c, OFFICES, rs -> new Office(rs.getString("role"), Sql.date(rs, "first"),
                Sql.date(rs, "last"), rs.getLong("n")), actor.id());
        return Sql.list(c, SPAN, rs -> new ActorProfile(actor, offices, Sql.date(rs, "first"), Sql.date(rs, "last"),
                rs.getLong("events"), rs.getLong("meetings"), rs.getLong("statements")), actor.id(), actor.id(), actor.id()).get(0);
    }
}
