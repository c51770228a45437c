package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction never fails on what a hostile or careless source may send. Jazzer's {@code @FuzzTest}s run, in a plain
 * {@code mvn test}, only the inputs kept in {@code ExtractionFuzzTestInputs/<method>/} (put a crashing input there to
 * keep it); to hunt, fuzz one method at a time, each for its {@code maxDuration}:
 * <pre>JAZZER_FUZZ=1 mvn -pl readout-extract -am test -Dtest='ExtractionFuzzTest#anyTextGivesARecord' \
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * To fuzz longer, raise {@code maxDuration} for that run (libFuzzer then grows inputs past its first 4 KB); the corpus
 * it grows stays in {@code .cifuzz-corpus/}, outside git. The files in {@code fuzz/} and the generated long runs are
 * hostile inputs found otherwise. Each must give a record; the time limits only guard against a hang.
 */
class ExtractionFuzzTest {
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final String READOUT = """
            HANOI, March 3 (VNA) -- Vietnamese Foreign Minister Tran Van Minh met German Foreign Minister Anna Keller \
            in Hanoi on 3 March 2024 and paid a courtesy call on President Sofia Fuentes.
            Tran said Vietnam is ready to expand trade with Germany. "We welcome you," Keller said.
            The two leaders spoke by phone on Tuesday and agreed to meet on the sidelines of the G20 summit.
            Source: https://en.nhandan.vn/story-post123.html
            """;
    private static Readout readout;

    @BeforeAll
    static void create() {
        readout = Readout.create();
    }

    @FuzzTest(maxDuration = "2m")
    void anyTextGivesARecord(FuzzedDataProvider data) {
        assertThat(readout.extract("fuzz", data.consumeRemainingAsString()).doc()).isEqualTo("fuzz");
    }

    // Fuzzed strings put into a readout, so that the stages past the header and zoning see them too.
    @FuzzTest(maxDuration = "2m")
    void aReadoutWithFuzzedInsertionsGivesARecord(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder(READOUT);
        for (int n = data.consumeInt(1, 8); n > 0 && data.remainingBytes() > 0; n--) {
            text.insert(data.consumeInt(0, text.length()), data.consumeString(200));
        }
        assertThat(readout.extract("fuzz", text.toString()).doc()).isEqualTo("fuzz");
    }

    static Stream<String> regressions() throws IOException {
        try (InputStream in = ExtractionFuzzTest.class.getResourceAsStream("fuzz/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("regressions")
    void inputsThatOnceFailedGiveARecord(String name) throws IOException {
        String text;
        try (InputStream in = ExtractionFuzzTest.class.getResourceAsStream("fuzz/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(assertTimeoutPreemptively(HANG, () -> readout.extract(name, text)).doc()).isEqualTo(name);
    }

    // Runs that once overflowed the stack or took minutes in a pattern, made here rather than stored.
    @Test
    void longRunsOfOneKindOfCharacterGiveARecord() {
        for (String text : List.of("x.".repeat(2_000), "1".repeat(100_000), "a".repeat(100_000), "A ".repeat(50_000),
                "\n".repeat(100_000), "Minister ".repeat(20_000), "(".repeat(50_000), "Mr. ".repeat(20_000),
                "It was his " + "first ".repeat(50_000) + "visit to " + "Hanoi ".repeat(20_000),
                "They met during his visit to Hanoi" + " ".repeat(100_000) + "here.")) {
            assertThat(assertTimeoutPreemptively(HANG, () -> readout.extract("run.txt", text)).doc()).isEqualTo("run.txt");
        }
    }
}
