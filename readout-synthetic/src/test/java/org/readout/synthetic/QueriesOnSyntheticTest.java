package org.readout.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.analysis.Meeting;
import org.readout.analysis.StatementRef;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.model.SourceDocument;
import org.readout.store.ActorProfile;
import org.readout.store.DocumentInput;
import org.readout.store.MeetingFilter;
import org.readout.store.Page;
import org.readout.store.StatementFilter;
import org.readout.store.Store;

/**
 * Over a small synthetic store (round-ups with several meetings per document among them), statement
 * pages give each statement the states that schema 2's per-row subquery gave it (and its document's name and perspective), and a meeting's
 * statements are those its subquery selected; and each person's profile is what the former aggregate
 * queries gave.
 */
class QueriesOnSyntheticTest {
    private static final String REFERENCE = "SELECT s.document_id || '#' || s.statement_index, (SELECT e.countries FROM events e"
            + " WHERE e.document_id = s.document_id ORDER BY e.evidence_start > s.evidence_start,"
            + " CASE WHEN e.evidence_start > s.evidence_start THEN e.evidence_start ELSE -e.evidence_start END LIMIT 1)"
            + ", d.name || '|' || coalesce(d.perspective, '-')"
            + " FROM statements s JOIN documents d ON d.id = s.document_id ORDER BY s.date NULLS LAST, s.document_id, s.statement_index";
    private static final String REFERENCE_OF_MEETING = "SELECT s.document_id || '#' || s.statement_index FROM statements s"
            + " WHERE s.document_id IN (SELECT document_id FROM meeting_accounts WHERE meeting_id = ?)"
            + " ORDER BY s.date NULLS LAST, s.document_id, s.statement_index";

    /** Each event with the day it is filed under: its date, else its document's publication. */
    private static final String EVENT_DAYS = "(SELECT ev.*, coalesce(ev.date, dd.published) AS day FROM events ev"
            + " JOIN documents dd ON dd.id = ev.document_id)";
    private static final String OFFICES = "SELECT role, min(e.day) AS first, max(e.day) AS last, count(*) AS n FROM"
            + " (SELECT document_id, event_index, unnest(roles) AS role FROM participants WHERE actor_id = ?) r"
            + " JOIN " + EVENT_DAYS + " e USING (document_id, event_index) GROUP BY role ORDER BY first NULLS LAST, role";
    private static final String SPAN = "SELECT min(e.day) AS first, max(e.day) AS last, count(*) AS events,"
            + " (SELECT count(*) FROM statements WHERE actor_id = ?) AS statements"
            + " FROM participants p JOIN " + EVENT_DAYS + " e USING (document_id, event_index) WHERE p.actor_id = ?";

    @Test
    void statementPagesAndProfilesEqualTheFormerQueries(@TempDir Path dir) throws SQLException {
        Map<String, String> parties;
        Map<String, List<String>> ofMeeting = new LinkedHashMap<>();
        Map<String, String> profiles = new LinkedHashMap<>();
        try (Store store = Store.open(dir)) {
            store.ingest(new SyntheticCorpus(KnowledgeLoader.load(null)).documents(300, 7)
                    .map(d -> new DocumentInput(SourceDocument.of(d.name(), d.text()), d.name())).toList());
            parties = byId(store.statements(StatementFilter.ANY, Page.first(Page.MAX_LIMIT)));
            for (Meeting m : store.meetings(MeetingFilter.ANY, Page.first(Page.MAX_LIMIT))) {
                ofMeeting.put(m.id(), List.copyOf(byId(store.statements(StatementFilter.ANY.ofMeeting(m.id()),
                        Page.first(Page.MAX_LIMIT))).keySet()));
            }
            store.actors(null, Page.first(Page.MAX_LIMIT)).forEach(a -> profiles.put(a.id(), profile(store.actor(a.id()).orElseThrow())));
        }
        assertThat(parties).hasSizeGreaterThan(500);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DATABASE_FILE))) {
            Map<String, String> expected = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(REFERENCE); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expected.put(rs.getString(1), strings(rs.getArray(2)) + " " + rs.getString(3));
                }
            }
            assertThat(parties).containsExactlyEntriesOf(expected);
            for (Map.Entry<String, String> e : profiles.entrySet()) {
                assertThat(e.getValue()).as(e.getKey()).isEqualTo(referenceProfile(c, e.getKey()));
            }
            for (Map.Entry<String, List<String>> e : ofMeeting.entrySet()) {
                assertThat(e.getValue()).as(e.getKey()).containsExactlyElementsOf(ofMeeting(c, e.getKey()));
            }
        }
    }

    /** A profile's offices and span as text, the way {@link #referenceProfile} writes them. */
    private static String profile(ActorProfile p) {
        return p.offices().stream().map(o -> o.role() + " " + o.firstSeen() + " " + o.lastSeen() + " " + o.mentions()).toList()
                + " " + p.firstSeen() + " " + p.lastSeen() + " " + p.events() + " " + p.statements();
    }

    /** What the former aggregate queries gave for a person's offices and span. */
    private static String referenceProfile(Connection c, String id) throws SQLException {
        List<String> offices = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(OFFICES)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    offices.add(rs.getString(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getObject(3, LocalDate.class)
                            + " " + rs.getLong(4));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SPAN)) {
            ps.setString(1, id);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return offices + " " + rs.getObject(1, LocalDate.class) + " " + rs.getObject(2, LocalDate.class) + " "
                        + rs.getLong(3) + " " + rs.getLong(4);
            }
        }
    }

    private static List<String> ofMeeting(Connection c, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(REFERENCE_OF_MEETING)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    /** Each statement's parties, document name and perspective, by id. */
    private static Map<String, String> byId(List<StatementRef> statements) {
        Map<String, String> out = new LinkedHashMap<>();
        statements.forEach(s -> out.put(s.documentId() + "#" + s.statementIndex(),
                s.parties() + " " + s.doc() + "|" + (s.perspective() == null ? "-" : s.perspective())));
        return out;
    }
}
