package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.model.ReadoutRecord;

/**
 * Extraction never fails on what a hostile or careless source may send: seeded random and mutated readout texts
 * for {@code -Dreadout.fuzz.seconds} (3 by default, more to hunt), and the inputs that once failed, kept in
 * {@code fuzz/}. Each must give a record; the time limits only guard against a hang.
 */
class ExtractionFuzzTest {
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final List<String> SEEDS = List.of(
            "Vietnamese Foreign Minister Tran Van Minh met German Foreign Minister Anna Keller in Hanoi on 3 March 2024.\n",
            "HANOI, March 3 (VNA) -- Prime Minister Mark Ellison paid a courtesy call on President Sofia Fuentes.\n",
            "Tran said Vietnam is ready to expand trade with Germany. \"We welcome you,\" Keller said.\n",
            "Source: https://en.nhandan.vn/story-post123.html\n",
            "外长王毅2024年2月30日在北京会见到访的俄罗斯外长拉夫罗夫。\n",
            "The two leaders spoke by phone on Tuesday and agreed to meet on the sidelines of the G20 summit.\n");
    private static final String ALPHABET = "aZ .,;:-–—()[]\"'’/\\@#|\n\t0123456789xX€😀\u0301\u200b\u0000é日";
    private static Readout readout;

    @BeforeAll
    static void create() {
        readout = Readout.create();
    }

    @Test
    void randomAndMutatedReadoutsAlwaysGiveARecord() {
        double seconds = Double.parseDouble(System.getProperty("readout.fuzz.seconds", "3"));
        long seed = Long.getLong("readout.fuzz.seed", 20_240_303L);
        Random random = new Random(seed);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int tried = 0;
        do {
            String text = random.nextInt(4) == 0 ? randomText(random) : mutated(random);
            int n = ++tried;
            // the seed and count name the input, so a failure can be made again and kept in fuzz/
            ReadoutRecord r = assertTimeoutPreemptively(HANG, () -> readout.extract("fuzz-" + seed + "-" + n, text),
                    () -> "input " + n + " of seed " + seed);
            assertThat(r.doc()).isEqualTo("fuzz-" + seed + "-" + n);
        } while (System.nanoTime() < end);
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
                "It was his " + "first ".repeat(20_000) + "visit to " + "Hanoi ".repeat(20_000))) {
            assertThat(assertTimeoutPreemptively(HANG, () -> readout.extract("run.txt", text)).doc()).isEqualTo("run.txt");
        }
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(2_000);
        while (sb.length() < length) {
            sb.appendCodePoint(random.nextInt(8) == 0 ? random.nextInt(0x3000) : ALPHABET.codePointAt(
                    ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return sb.toString();
    }

    // Seed sentences put together, then cut, doubled, swapped, spliced with noise and repeated.
    private static String mutated(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            sb.append(SEEDS.get(random.nextInt(SEEDS.size())));
        }
        for (int m = random.nextInt(12); m > 0 && sb.length() > 1; m--) {
            int at = random.nextInt(sb.length());
            int to = Math.min(sb.length(), at + 1 + random.nextInt(40));
            switch (random.nextInt(6)) {
                case 0 -> sb.delete(at, to);
                case 1 -> sb.insert(at, sb.substring(at, to));
                case 2 -> {
                    String noise = randomText(random);
                    sb.insert(at, noise, 0, Math.min(30, noise.length()));
                }
                case 3 -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 4 -> sb.insert(at, sb.substring(at, to).repeat(1 + random.nextInt(50)));
                default -> sb.reverse();
            }
        }
        return sb.toString();
    }
}
