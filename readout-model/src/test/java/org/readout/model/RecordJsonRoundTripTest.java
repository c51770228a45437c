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
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Records with any combination of their optional parts missing are values like any other: they are
 * written as JSON (configured as the CLI writes JSON Lines) and read back equal, a missing part
 * written as null rather than left out, as the contract shows it. Each case is drawn from its seed,
 * so a failing one is reproduced by its seed alone.
 */
class RecordJsonRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final double MISSING = 0.3;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRecordWithAnyOptionalPartMissingReadsBackEqual(long seed) throws JsonProcessingException {
        ReadoutRecord record = new Records(new Random(seed)).record();
        String line = JSON.writeValueAsString(record);

        assertThat(line).doesNotContain("\n", "\r");
        assertThat(JSON.readValue(line, ReadoutRecord.class)).isEqualTo(record);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMissingPartIsWrittenAsNullNotLeftOut(long seed) {
        JsonNode tree = JSON.valueToTree(new Records(new Random(seed)).record());

        assertThat(names(tree)).contains("doc", "title", "language", "published", "outlet", "url", "perspective",
                "events", "statements", "topics", "relationship_labels");
        tree.get("events").forEach(e -> assertThat(names(e))
                .contains("mode", "date", "location", "host", "occasion", "participants"));
        tree.get("statements").forEach(s -> assertThat(names(s)).contains("speaker", "country", "kind", "topics", "text"));
    }

    @Test
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

    /** Random records, each optional part missing now and then. */
    private record Records(Random random) {
        ReadoutRecord record() {
            return new ReadoutRecord(text(), optionalText(), orMissing(() -> letters('a', 2)), date(), optionalText(),
                    optionalText(), alpha3(), list(3, this::event), list(3, this::statement), list(3, this::text),
                    list(2, this::text), list(2, this::problem), orMissing(() -> new Provenance(optionalText(), optionalText())));
        }

        Event event() {
            Location location = orMissing(() -> new Location(optionalText(), optionalText(), alpha3()));
            return new Event(pick(EventMode.values()), date(), location, alpha3(), optionalText(),
                    list(4, () -> new Participant(text(), alpha3(), list(3, this::text))), span());
        }

        Statement statement() {
            String speaker = random.nextInt(4) == 0 ? Statement.BOTH : optionalText();
            String country = random.nextInt(4) == 0 ? Statement.BOTH_COUNTRY : alpha3();
            return new Statement(speaker, country, pick(StatementKind.values()), list(3, this::text), text(), span());
        }

        Problem problem() {
            return new Problem(pick(Problem.Severity.values()), text(), text());
        }

        Span span() {
            return orMissing(() -> {
                int start = random.nextInt(100_000);
                return new Span(start, start + random.nextInt(2_000));
            });
        }

        LocalDate date() {
            return orMissing(() -> LocalDate.ofEpochDay(LocalDate.of(1900, 1, 1).toEpochDay() + random.nextInt(73_000)));
        }

        /** A country as the contract writes it (alpha-3), or missing. */
        String alpha3() {
            return orMissing(() -> letters('A', 3));
        }

        String letters(char first, int length) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                sb.append((char) (first + random.nextInt(26)));
            }
            return sb.toString();
        }

        /** Any characters: quotes, backslashes, line breaks, control characters and other scripts included. */
        String text() {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(21); i > 0; i--) {
                sb.appendCodePoint(random.nextInt(8) == 0 ? 0x4E00 + random.nextInt(500) : random.nextInt(128));
            }
            return sb.toString();
        }

        String optionalText() {
            return orMissing(this::text);
        }

        <T> T orMissing(Supplier<T> value) {
            return random.nextDouble() < MISSING ? null : value.get();
        }

        <T> List<T> list(int max, Supplier<T> item) {
            List<T> out = new ArrayList<>();
            for (int i = random.nextInt(max + 1); i > 0; i--) {
                out.add(item.get());
            }
            return out;
        }

        <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
