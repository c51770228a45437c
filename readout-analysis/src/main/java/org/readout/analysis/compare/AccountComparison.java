package org.readout.analysis.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.text.ContentWords;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;

/**
 * Sets a meeting's accounts side by side: what each says on each topic, which topics and statements
 * only one reports, and the words each uses for contested names ({@link FramingLexicon}).
 * Immutable and thread-safe.
 */
public final class AccountComparison {
    private final StatementMatcher matcher;
    private final FramingLexicon framing;

    public AccountComparison() {
        this(ContentWords.bundled(), FramingLexicon.bundled());
    }

    public AccountComparison(ContentWords words, FramingLexicon framing) {
        this.matcher = new StatementMatcher(Objects.requireNonNull(words, "words"));
        this.framing = Objects.requireNonNull(framing, "framing");
    }

    /** @param recordsByDocumentId the accounts' records; an account whose record is missing shows no statements */
    public Comparison compare(Meeting meeting, Map<String, ReadoutRecord> recordsByDocumentId) {
        List<Side> sides = meeting.accounts().stream().map(a -> side(a, recordsByDocumentId.get(a.documentId()))).toList();
        return new Comparison(meeting.id(), sides, topics(sides), matcher.match(sides),
                framing(sides, recordsByDocumentId, meeting));
    }

    private static Side side(Account a, ReadoutRecord record) {
        List<Statement> statements = record == null ? List.of() : StatementScope.of(record, a.eventIndex());
        return new Side(a.key(), a.doc(), a.outlet(), a.perspective(), record != null, statements);
    }

    private static List<TopicView> topics(List<Side> sides) {
        Map<String, Map<String, List<Statement>>> byTopic = new TreeMap<>();
        for (Side side : sides) {
            for (Statement s : side.statements()) {
                s.topics().forEach(t -> byTopic.computeIfAbsent(t, k -> new LinkedHashMap<>())
                        .computeIfAbsent(side.accountKey(), k -> new ArrayList<>()).add(s));
            }
        }
        return byTopic.entrySet().stream().map(e -> new TopicView(e.getKey(), e.getValue())).toList();
    }

    /** Terms found in the headline and the statements each account gives of this meeting. */
    private List<FramingUse> framing(List<Side> sides, Map<String, ReadoutRecord> records, Meeting meeting) {
        Map<String, Map<String, Set<String>>> byConcept = new TreeMap<>();
        for (int i = 0; i < sides.size(); i++) {
            Side side = sides.get(i);
            ReadoutRecord record = records.get(meeting.accounts().get(i).documentId());
            StringBuilder text = new StringBuilder(record == null || record.title() == null ? "" : record.title());
            side.statements().forEach(s -> text.append('\n').append(s.text()));
            framing.find(text.toString(), meeting.countries()).forEach((concept, terms) -> byConcept
                    .computeIfAbsent(concept, c -> new LinkedHashMap<>()).put(side.accountKey(), new TreeSet<>(terms)));
        }
        return byConcept.entrySet().stream().map(e -> new FramingUse(e.getKey(), e.getValue(), sides.stream()
                .filter(Side::found).map(Side::accountKey).filter(k -> !e.getValue().containsKey(k)).toList())).toList();
    }
}
