package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.analysis.Meeting;
import org.readout.analysis.StatementRef;

/**
 * The statement pages give each statement the states the former per-row SQL subquery gave it, and a
 * meeting's statements are those of its documents, as the former subquery selected them.
 */
class StatementPageTest {
    /** The states of each statement's meeting, as schema 2's query worked them out: the reference. */
    static final String REFERENCE = "SELECT s.document_id || '#' || s.statement_index, (SELECT e.countries FROM events e"
            + " WHERE e.document_id = s.document_id ORDER BY e.evidence_start > s.evidence_start,"
            + " CASE WHEN e.evidence_start > s.evidence_start THEN e.evidence_start ELSE -e.evidence_start END LIMIT 1) AS parties"
            + ", d.name || '|' || coalesce(d.perspective, '-')"
            + " FROM statements s JOIN documents d ON d.id = s.document_id ORDER BY s.date NULLS LAST, s.document_id, s.statement_index";
    static final String REFERENCE_OF_MEETING = "SELECT s.document_id || '#' || s.statement_index FROM statements s"
            + " WHERE s.document_id IN (SELECT document_id FROM meeting_accounts WHERE meeting_id = ?)"
            + " ORDER BY s.date NULLS LAST, s.document_id, s.statement_index";

    @TempDir
    Path dir;

    @Test
    void partiesAndMeetingStatementsEqualTheFormerSubqueries() {
        Map<String, String> parties;
        Map<String, List<String>> ofMeeting = new LinkedHashMap<>();
        try (Store store = Store.open(dir)) {
            Fixtures.ingestAll(store, Fixtures.examples());
            for (String name : List.of("cn-account.txt", "vn-account.txt", "other-call.txt")) {
                store.ingest(Fixtures.fixture(name), null);
            }
            parties = byId(store.statements(StatementFilter.ANY, Page.first(Page.MAX_LIMIT)));
            for (Meeting m : store.meetings(MeetingFilter.ANY, Page.first(Page.MAX_LIMIT))) {
                ofMeeting.put(m.id(), List.copyOf(byId(store.statements(StatementFilter.ANY.ofMeeting(m.id()),
                        Page.first(Page.MAX_LIMIT))).keySet()));
            }
        }
        assertThat(parties).hasSizeGreaterThan(20);
        assertThat(ofMeeting.values()).anySatisfy(ids -> assertThat(ids).isNotEmpty());
        try (Database db = Database.open(dir.resolve(Store.DATABASE_FILE), 0)) {
            assertThat(parties).containsExactlyEntriesOf(db.read(c -> {
                Map<String, String> expected = new LinkedHashMap<>();
                Sql.each(c, REFERENCE, rs -> expected.put(rs.getString(1), Sql.strings(rs, "parties") + " " + rs.getString(3)));
                return expected;
            }));
            ofMeeting.forEach((id, statements) -> assertThat(statements).as(id).containsExactlyElementsOf(
                    db.read(c -> Sql.list(c, REFERENCE_OF_MEETING, rs -> rs.getString(1), id))));
        }
    }

    @Test
    void anUnknownMeetingHasNoStatements() {
        try (Store store = Store.open(dir)) {
            store.ingest(Fixtures.fixture("cn-account.txt"), null);
            assertThat(store.statements(StatementFilter.ANY.ofMeeting("m000000000000"), Page.first(10))).isEmpty();
        }
    }

    /** Each statement's parties, document name and perspective, by id. */
    private static Map<String, String> byId(List<StatementRef> statements) {
        Map<String, String> out = new LinkedHashMap<>();
        statements.forEach(s -> out.put(s.documentId() + "#" + s.statementIndex(),
                s.parties() + " " + s.doc() + "|" + (s.perspective() == null ? "-" : s.perspective())));
        return out;
    }
}
