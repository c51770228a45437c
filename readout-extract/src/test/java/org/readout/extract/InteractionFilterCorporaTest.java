package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.readout.extract.text.Token;
import org.readout.extract.text.Tokenizer;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;

/**
 * The filter never turns down a text that extraction finds an event or a statement in: every text of
 * {@code examples/} and of the corpora in {@code ../shared} (beside the repository; skipped without them), each
 * whole, each paragraph alone and each line alone (shorter texts hold fewer of the words the filter looks for, so
 * they try it harder). The texts are read where they lie and nothing of them is kept; the counts go to
 * {@code target/interaction-filter-corpora.tsv}.
 */
class InteractionFilterCorporaTest {
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LINES = Pattern.compile("\\n");
    private final Readout readout = Readout.create();

    @Test
    void noExampleWithEventsOrStatementsIsTurnedDown() throws IOException {
        Tally tally = check("examples", texts(module().resolveSibling("examples")));

        assertThat(tally.wrong).isEmpty();
        assertThat(tally.passed).isEqualTo(5);
    }

    @Test
    void noCorpusTextWithEventsOrStatementsIsTurnedDown() throws IOException {
        Path shared = module().getParent().resolveSibling("shared").normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus")), () -> "no corpora at " + shared + ": skipped");
        List<Tally> tallies = new ArrayList<>();
        for (String corpus : List.of("corpus", "corpus-wide", "corpus-ml")) {
            Map<String, String> docs = texts(shared.resolve(corpus).resolve("docs"));
            tallies.add(check(corpus, docs));
            tallies.add(check(corpus + " paragraphs", pieces(docs, PARAGRAPHS)));
            tallies.add(check(corpus + " lines", pieces(docs, LINES)));
        }
        write(tallies);

        tallies.forEach(t -> assertThat(t.wrong).as(t.name).isEmpty());
        assertThat(tallies.get(0).passed).as("whole documents of the dev corpus let through").isGreaterThan(30);
    }

    // the filter reads tokens without the tokenizer's regular expression: the same ones, but for an initial's dot
    @Test
    void theFilterReadsTheTokenizersTokensInEveryCorpusLine() throws IOException {
        Path shared = module().getParent().resolveSibling("shared").normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus")), () -> "no corpora at " + shared + ": skipped");
        Tokenizer tokenizer = new Tokenizer();
        List<String> differ = new ArrayList<>();
        for (String corpus : List.of("corpus", "corpus-wide", "corpus-ml")) {
            pieces(texts(shared.resolve(corpus).resolve("docs")), LINES).forEach((id, line) -> {
                List<String> expected = new ArrayList<>();
                for (Token t : tokenizer.tokenize(line, 0)) {
                    boolean initial = t.text().length() > 1 && t.text().endsWith(".") && t.text().indexOf('.') == t.text().length() - 1;
                    expected.add(initial ? t.text().substring(0, t.text().length() - 1) + "@" + t.start() : t.text() + "@" + t.start());
                    if (initial) {
                        expected.add(".@" + (t.end() - 1));
                    }
                }
                if (!InteractionFilter.tokens(line, 0).stream().map(t -> t.text() + "@" + t.start()).toList().equals(expected)) {
                    differ.add(id);
                }
            });
        }

        assertThat(differ).isEmpty();
    }

    private Tally check(String name, Map<String, String> texts) {
        Tally tally = new Tally(name);
        texts.forEach((id, text) -> {
            SourceDocument doc = SourceDocument.of(id, text);
            ReadoutRecord record = readout.extract(doc);
            boolean found = !record.events().isEmpty() || !record.statements().isEmpty();
            if (readout.mayReport(doc)) {
                tally.passed++;
                tally.passedWithNothing += found ? 0 : 1;
            } else {
                tally.dropped++;
                if (found) {
                    tally.wrong.add(id);
                }
            }
        });
        return tally;
    }

    private static Map<String, String> pieces(Map<String, String> docs, Pattern separator) {
        Map<String, String> out = new LinkedHashMap<>();
        docs.forEach((id, text) -> {
            String[] parts = separator.split(text);
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].isBlank()) {
                    out.put(id + "#" + i, parts[i].strip());
                }
            }
        });
        return out;
    }

    private static Map<String, String> texts(Path folder) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.put(p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    private static void write(List<Tally> tallies) throws IOException {
        StringBuilder out = new StringBuilder("texts\tpassed\tpassed, nothing found\tdropped\tdropped, something found\n");
        tallies.forEach(t -> out.append(t.name).append('\t').append(t.passed).append('\t').append(t.passedWithNothing)
                .append('\t').append(t.dropped).append('\t').append(t.wrong.size()).append('\n'));
        Path target = module().resolve("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("interaction-filter-corpora.tsv"), out);
    }

    // surefire gives the module's folder as basedir
    private static Path module() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    private static final class Tally {
        final String name;
        final List<String> wrong = new ArrayList<>();
        int passed;
        int passedWithNothing;
        int dropped;

        Tally(String name) {
            this.name = name;
        }
    }
}
