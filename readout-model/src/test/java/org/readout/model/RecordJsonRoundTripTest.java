package org.readout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

/**
 * Records with any combination of their optional parts missing are values like any other: they are
 * written as JSON (configured as the CLI writes JSON Lines) and read back equal, a missing part
 * written as null rather than left out, as the contract shows it.
 */
class RecordJsonRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final double MISSING = 0.3;

    // the records' edge cases multiply past any sensible number of tries: missing parts come from injectNull
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void aRecordWithAnyOptionalPartMissingReadsBackEqual(@ForAll("records") ReadoutRecord record)
            throws JsonProcessingException {
        String line = JSON.writeValueAsString(record);

        assertThat(line).doesNotContain("\n", "\r");
        assertThat(JSON.readValue(line, ReadoutRecord.class)).isEqualTo(record);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void aMissingPartIsWrittenAsNullNotLeftOut(@ForAll("records") ReadoutRecord record) {
        JsonNode tree = JSON.valueToTree(record);

        assertThat(names(tree)).contains("doc", "title", "language", "published", "outlet", "url", "perspective",
                "events", "statements", "topics", "relationship_labels");
        tree.get("events").forEach(e -> assertThat(names(e))
                .contains("mode", "date", "location", "host", "occasion", "participants"));
        tree.get("statements").forEach(s -> assertThat(names(s)).contains("speaker", "country", "kind", "topics", "text"));
    }

    @Example
    void aRequiredPartCannotBeMissing() {
        assertThatNullPointerException().isThrownBy(() -> new Event(null, null, null, null, null, List.of(), null))
                .withMessage("mode");
        assertThatNullPointerException().isThrownBy(() -> new Participant(null, "VNM", List.of())).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> new Statement(null, null, null, List.of(), "text", null))
                .withMessage("kind");
        assertThatNullPointerException().isThrownBy(() -> new ReadoutRecord(null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null)).withMessage("doc");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Provide
    Arbitrary<ReadoutRecord> records() {
        Arbitrary<DocumentFields> fields = Combinators.combine(text(), optionalText(), language(), dates(), optionalText(),
                optionalText(), alpha3()).as(DocumentFields::new);
        return Combinators.combine(fields, events().list().ofMaxSize(3), statements().list().ofMaxSize(3),
                        text().list().ofMaxSize(3), text().list().ofMaxSize(2), problems().list().ofMaxSize(2),
                        provenance())
                .as((f, events, statements, topics, labels, problems, provenance) -> new ReadoutRecord(f.doc(),
                        f.title(), f.language(), f.published(), f.outlet(), f.url(), f.perspective(), events,
                        statements, topics, labels, problems, provenance));
    }

    /** The record's own fields, grouped: a combinator takes at most eight parts. */
    private record DocumentFields(String doc, String title, String language, LocalDate published, String outlet,
                                  String url, String perspective) {
    }

    private static Arbitrary<Event> events() {
        Arbitrary<Location> locations = Combinators.combine(optionalText(), optionalText(), alpha3())
                .as(Location::new).injectNull(MISSING);
        Arbitrary<Participant> participants = Combinators.combine(text(), alpha3(), text().list().ofMaxSize(3))
                .as(Participant::new);
        return Combinators.combine(Arbitraries.of(EventMode.class), dates(), locations, alpha3(), optionalText(),
                participants.list().ofMaxSize(4), spans()).as(Event::new);
    }

    private static Arbitrary<Statement> statements() {
        Arbitrary<String> speakers = Arbitraries.oneOf(optionalText(), Arbitraries.just(Statement.BOTH));
        Arbitrary<String> countries = Arbitraries.oneOf(alpha3(), Arbitraries.just(Statement.BOTH_COUNTRY));
        return Combinators.combine(speakers, countries, Arbitraries.of(StatementKind.class),
                text().list().ofMaxSize(3), text(), spans()).as(Statement::new);
    }

    private static Arbitrary<Problem> problems() {
        return Combinators.combine(Arbitraries.of(Problem.Severity.class), text(), text()).as(Problem::new);
    }

    private static Arbitrary<Provenance> provenance() {
        return Combinators.combine(optionalText(), optionalText()).as(Provenance::new).injectNull(MISSING);
    }

    private static Arbitrary<Span> spans() {
        return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 2_000))
                .as((start, length) -> new Span(start, start + length)).injectNull(MISSING);
    }

    private static Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31)).injectNull(MISSING);
    }

    /** A country as the contract writes it (alpha-3), or missing. */
    private static Arbitrary<String> alpha3() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(3).injectNull(MISSING);
    }

    private static Arbitrary<String> language() {
        return Arbitraries.strings().withCharRange('a', 'z').ofLength(2).injectNull(MISSING);
    }

    /** Any characters: quotes, backslashes, line breaks and control characters included. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(20);
    }

    private static Arbitrary<String> optionalText() {
        return text().injectNull(MISSING);
    }
}
