package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.model.Problem;

/** Every odd input gives a document or a problem, never an exception, and soon. */
class HostileInputTest {
    private final InputDecoder decoder = new InputDecoder(InputLimits.defaults());

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(10)
    void decodeNeverThrows(String name, byte[] bytes) {
        DecodeResult result = decoder.decode(name, bytes);

        if (result.accepted()) {
            assertThat(result.document().id()).isEqualTo(name);
            assertThat(result.problems()).allMatch(p -> p.severity() == Problem.Severity.WARNING);
        } else {
            assertThat(result.problems()).anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        }
    }

    static Stream<Arguments> inputs() throws IOException, URISyntaxException {
        return Stream.concat(folder(), generated());
    }

    private static Stream<Arguments> folder() throws IOException, URISyntaxException {
        Path dir = Path.of(HostileInputTest.class.getResource("/fixtures/hostile").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().map(f -> Arguments.of(f.getFileName().toString(), read(f))).toList().stream();
        }
    }

    /** Too big to keep as files; built here the same way every run. */
    private static Stream<Arguments> generated() {
        return Stream.of(
                html("nested-divs-5000", "<html><body>" + "<div>".repeat(5000) + "<p>Deep text.</p>" + "</div>".repeat(5000)),
                html("nested-headers-5000", "<body>" + "<header class=\"header\">".repeat(5000) + "x"),
                html("unclosed-divs-5000", "<div class=\"sidebar\">".repeat(5000) + "<p>text</p>"),
                html("one-line-1mb", "The ministers met in Rome and agreed on a plan. ".repeat(21_000)),
                html("one-tag-line-1mb", "<p>".repeat(350_000)),
                html("paragraphs-100k", "<html><body>" + "<p>Short paragraph.</p>".repeat(100_000)));
    }

    private static Arguments html(String name, String content) {
        return Arguments.of(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
