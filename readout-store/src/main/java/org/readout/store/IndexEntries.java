package org.readout.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.readout.model.Event;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;

/**
 * The Lucene documents of one stored document: one for the whole text and one per statement,
 * each with the fields that searches filter on. Text is indexed with offsets for the highlighter.
 */
final class IndexEntries {
    static final String KEY = "key";
    static final String TYPE = "type";
    static final String DOCUMENT_ID = "document_id";
    static final String DOC = "doc";
    static final String STATEMENT_INDEX = "statement_index";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String DATE = "date";
    static final String COUNTRY = "country";
    static final String PAIR = "pair";
    static final String SPEAKER = "speaker";
    static final String KIND = "kind";
    static final String TOPIC = "topic";
    /** Every field an entry has: a query naming another would find nothing. */
    static final Set<String> FIELDS = Set.of(KEY, TYPE, DOCUMENT_ID, DOC, STATEMENT_INDEX, TITLE, TEXT, DATE, COUNTRY, PAIR, SPEAKER,
            KIND, TOPIC);

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final ActorKeys actorKeys;

    IndexEntries(ActorKeys actorKeys) {
        this.actorKeys = actorKeys;
    }

    List<Document> of(NewDocument doc) {
        ReadoutRecord r = doc.record();
        List<String> pairs = pairs(r);
        List<Document> out = new ArrayList<>();
        Document whole = common(doc, SearchHit.Type.DOCUMENT, doc.id(), doc.text(), documentDate(doc), pairs);
        if (r.title() != null) {
            whole.add(new TextField(TITLE, r.title(), Field.Store.YES));
        }
        r.events().stream().flatMap(e -> e.participants().stream()).map(Participant::country).filter(Objects::nonNull)
                .distinct().forEach(c -> whole.add(new StringField(COUNTRY, c, Field.Store.NO)));
        r.topics().forEach(t -> whole.add(new StringField(TOPIC, t, Field.Store.NO)));
        out.add(whole);
        for (int i = 0; i < r.statements().size(); i++) {
            out.add(statement(doc, i, r.statements().get(i), pairs));
        }
        return out;
    }

    private Document statement(NewDocument doc, int index, Statement s, List<String> pairs) {
        Document d = common(doc, SearchHit.Type.STATEMENT, doc.id() + "#s" + index, s.text(), doc.statementDate(), pairs);
        d.add(new StoredField(STATEMENT_INDEX, index));
        if (s.country() != null) {
            d.add(new StringField(COUNTRY, s.country(), Field.Store.NO));
        }
        actorKeys.resolve(s.speaker()).ifPresent(k -> d.add(new StringField(SPEAKER, k.id(), Field.Store.NO)));
        d.add(new StringField(KIND, s.kind().name().toLowerCase(Locale.ROOT), Field.Store.NO));
        s.topics().forEach(t -> d.add(new StringField(TOPIC, t, Field.Store.NO)));
        return d;
    }

    private static Document common(NewDocument doc, SearchHit.Type type, String key, String text, LocalDate date,
                                   List<String> pairs) {
        Document d = new Document();
        d.add(new StringField(KEY, key, Field.Store.YES));
        d.add(new StringField(TYPE, type.name(), Field.Store.YES));
        d.add(new StringField(DOCUMENT_ID, doc.id(), Field.Store.YES));
        d.add(new StoredField(DOC, doc.record().doc()));
        d.add(new Field(TEXT, text, TEXT_WITH_OFFSETS));
        if (date != null) {
            d.add(new LongPoint(DATE, date.toEpochDay()));
        }
        pairs.forEach(p -> d.add(new StringField(PAIR, p, Field.Store.NO)));
        return d;
    }

    private static LocalDate documentDate(NewDocument doc) {
        return doc.record().published() != null ? doc.record().published() : doc.statementDate();
    }

    /** "CHN VNM" for every two states that meet in one of the document's events. */
    static List<String> pairs(ReadoutRecord r) {
        TreeSet<String> out = new TreeSet<>();
        for (Event e : r.events()) {
            List<String> countries = FactRows.countries(e);
            for (int i = 0; i < countries.size(); i++) {
                for (int j = i + 1; j < countries.size(); j++) {
                    out.add(pair(countries.get(i), countries.get(j)));
                }
            }
        }
        return List.copyOf(out);
    }

    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
