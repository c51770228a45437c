package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad inputs side by side with good ones: each bad file gets one line on standard error naming it, the
 * others still get their records, and the exit code says that something failed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = " date 2025-03-12 Thai, Vietnamese foreign ministers hold talks in Bangkok\n\n"
            + "BANGKOK, March 12 -- Thai Foreign Minister Maris Sangiampongsa met with Vietnamese Foreign Minister "
            + "Bui Thanh Son in Bangkok on Tuesday.\n\n"
            + "Bui Thanh Son said Vietnam is willing to expand trade and tourism with Thailand.\n";
    /** Written as ISO-8859-1: the accents are single bytes that are not valid UTF-8. */
    private static final String LATIN1 = " date 2024-03-20 Vietnamese FM meets French counterpart in Paris\n\n"
            + "PARIS, March 19 -- Vietnamese Foreign Minister Bui Thanh Son met with French Foreign Minister "
            + "Stéphane Séjourné in Paris on Tuesday.\n\n"
            + "Séjourné said France is ready to take part in the Hanoi trade fair and to send a delegation from "
            + "the Düsseldorf and Nürnberg chambers of commerce.\n";
    private static final String GERMAN = "BERLIN, 12. März -- Außenministerin Annalena Baerbock traf sich am Dienstag in "
            + "Berlin mit ihrem vietnamesischen Amtskollegen Bui Thanh Son. Beide Seiten vereinbarten, die Zusammenarbeit "
            + "in den Bereichen Handel, Energie und Bildung zu vertiefen. Sie sprachen außerdem über die Lage im "
            + "Südchinesischen Meer und über den Klimaschutz.\n";
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final List<String> BAD = List.of("empty.txt", "image.png", "huge.txt");
    private static final List<String> GOOD_FILES = List.of("good.txt", "latin1.txt", "german.txt");

    @TempDir
    static Path folder;

    @BeforeAll
    static void writeInputs() throws IOException {
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("image.png"), png());
        Files.write(folder.resolve("latin1.txt"), LATIN1.getBytes(StandardCharsets.ISO_8859_1));
        try (RandomAccessFile huge = new RandomAccessFile(folder.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(FIFTY_MB);
        }
        Files.writeString(folder.resolve("german.txt"), GERMAN, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("good.txt"), GOOD, StandardCharsets.UTF_8);
    }

    private static byte[] png() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static Map<String, JsonNode> records(Cli.Result result) throws IOException {
        Map<String, JsonNode> byDoc = new LinkedHashMap<>();
        for (String line : result.outLines()) {
            JsonNode record = JSON.readTree(line);
            byDoc.put(record.get("doc").asText(), record);
        }
        return byDoc;
    }

    private static String file(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void folderOfMixedInputsReportsEachBadFileOnceAndStillExtractsTheRest() throws IOException {
        Cli.Result result = Cli.run("extract", folder.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        for (String bad : BAD) {
            assertThat(result.errLinesNaming(bad)).as("stderr lines naming %s in:%n%s", bad, result.err()).hasSize(1);
        }
        assertThat(result.errLinesNaming("latin1.txt")).singleElement().asString().contains("warning");
        assertThat(result.errLinesNaming("german.txt")).singleElement().asString().contains("warning");
        assertThat(result.errLinesNaming("good.txt")).isEmpty();
        assertThat(result.readoutErrLines()).hasSize(BAD.size() + 3)
                .last().isEqualTo("readout: 6 documents, 3 failed (binary 1, empty 1, too_large 1)");
        assertThat(records(result).keySet()).containsExactlyInAnyOrderElementsOf(GOOD_FILES);
    }

    @Test
    void germanReadoutGetsItsLanguageAndTheMeetingItsLanguagePackReadsButNoStatements() throws IOException {
        JsonNode german = records(Cli.run("extract", folder.toString())).get("german.txt");

        assertThat(german.get("language").asText()).isEqualTo("de");
        List<String> names = new ArrayList<>();
        german.get("events").get(0).get("participants").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("Annalena Baerbock", "Bui Thanh Son");
        assertThat(german.get("statements").size()).isZero();
    }

    @Test
    void latin1ReadoutIsDecodedWithItsAccents() throws IOException {
        JsonNode latin1 = records(Cli.run("extract", file("latin1.txt"))).get("latin1.txt");

        assertThat(latin1.get("events").size()).isEqualTo(1);
        List<String> names = new ArrayList<>();
        latin1.get("events").get(0).get("participants").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("Bui Thanh Son", "Stéphane Séjourné");
    }

    @ParameterizedTest(name = "{0} alone -> exit {1}")
    @CsvSource({
        "empty.txt, 1, 0",
        "image.png, 1, 0",
        "huge.txt, 1, 0",
        "latin1.txt, 0, 1",
        "german.txt, 0, 1",
        "good.txt, 0, 1",
    })
    void eachInputAloneHasItsExitCode(String name, int exitCode, int records) {
        Cli.Result result = Cli.run("extract", file(name));

        assertThat(result.exitCode()).as("stderr: %s", result.err()).isEqualTo(exitCode);
        assertThat(result.outLines()).hasSize(records);
        if (exitCode != 0) {
            assertThat(result.errLinesNaming(name)).hasSize(1);
        }
    }

    @Test
    void hugeFileIsRefusedForItsSize() {
        Cli.Result result = Cli.run("extract", file("huge.txt"));

        assertThat(result.errLinesNaming("huge.txt")).singleElement().asString().contains("52,428,800 bytes");
    }

    @Test
    void standardInputIsReadForADash() throws IOException {
        Cli.Result result = Cli.runWithInput(GOOD.getBytes(StandardCharsets.UTF_8), "extract", "-");

        assertThat(result.exitCode()).as("stderr: %s", result.err()).isZero();
        assertThat(records(result)).containsOnlyKeys("stdin");
        assertThat(records(result).get("stdin").get("events").size()).isEqualTo(1);
    }

    @Test
    void emptyStandardInputFails() {
        Cli.Result result = Cli.runWithInput(new byte[0], "extract", "-");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(result.readoutErrLines()).singleElement().asString().startsWith("readout: -: ");
    }

    @Test
    void nonexistentPathFailsWithALineNamingIt() {
        String missing = folder.resolve("no-such-readout.txt").toString();

        Cli.Result result = Cli.run("extract", missing);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(result.errLinesNaming("no-such-readout.txt")).hasSize(1);
        assertThat(result.outLines()).isEmpty();
    }

    @Test
    void nonexistentPathDoesNotStopTheOthers() throws IOException {
        Cli.Result result = Cli.run("extract", folder.resolve("no-such-readout.txt").toString(), file("good.txt"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(records(result)).containsOnlyKeys("good.txt");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result result = Cli.run("extract", "--no-such-option", file("good.txt"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--no-such-option");
        assertThat(result.outLines()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli.Result result = Cli.run("extract", "--format", "xml", file("good.txt"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("xml");
    }
}
