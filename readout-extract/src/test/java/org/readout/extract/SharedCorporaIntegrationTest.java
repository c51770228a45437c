package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Integration check: no text of any corpus in {@code ../shared} (beside the repository, where CI puts it)
 * makes extraction fail. The texts are read where they lie and nothing of them is kept; without the
 * corpora the check is skipped.
 */
class SharedCorporaIntegrationTest {
    private static final int FRAMES = 4;

    @Test
    void everyDocumentOfEveryCorpusGetsARecord() throws IOException {
        Path shared = sharedCorpora();
        Assumptions.assumeTrue(Files.isDirectory(shared), () -> "no corpora at " + shared + ": skipped");
        List<Path> docs = documents(shared);
        Assumptions.assumeFalse(docs.isEmpty(), () -> "no */docs/*.txt under " + shared + ": skipped");

        Readout readout = Readout.create();
        Map<Path, String> failures = new LinkedHashMap<>();
        for (Path doc : docs) {
            // bytes that are not UTF-8 become replacement characters: the check is about extraction, not decoding
            String text = new String(Files.readAllBytes(doc), StandardCharsets.UTF_8);
            try {
                readout.extract(doc.getFileName().toString(), text);
            } catch (RuntimeException | StackOverflowError e) {
                failures.put(shared.relativize(doc), describe(e));
            }
        }

        assertThat(failures).as("%d of %d documents under %s fail extraction", failures.size(), docs.size(), shared)
                .isEmpty();
    }

    // The repository root is the module's parent; surefire gives the module's folder as basedir.
    private static Path sharedCorpora() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        return module.getParent().resolveSibling("shared").normalize();
    }

    private static List<Path> documents(Path shared) throws IOException {
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> corpora = Files.list(shared)) {
            for (Path folder : corpora.map(c -> c.resolve("docs")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> texts = Files.list(folder)) {
                    texts.filter(p -> p.getFileName().toString().endsWith(".txt")).forEach(docs::add);
                }
            }
        }
        docs.sort(null);
        return docs;
    }

    private static String describe(Throwable e) {
        return e + " at " + Arrays.stream(e.getStackTrace()).limit(FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining(" < "));
    }
}
