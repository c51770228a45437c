package org.readout.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readout.extract.Readout;
import org.readout.input.DecodeResult;
import org.readout.input.InputDecoder;
import org.readout.input.InputLimits;
import org.readout.model.ReadoutRecord;

/**
 * The merge measured on the dev corpus, which is read at run time from {@code ../shared/corpus}
 * beside the project (as CI has it) and never copied into the project; skipped where it is absent.
 * Pairwise over documents against {@code groups.json}: two documents are a predicted pair if
 * some meeting holds accounts of both.
 */
class MeetingMergeCorpusTest {
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.90;

    @Test
    void mergesTheCorpusReportsOfOneMeeting() throws IOException {
        Path corpus = projectRoot().resolve("../shared/corpus").normalize();
        assumeTrue(Files.isRegularFile(corpus.resolve("groups.json")) && Files.isDirectory(corpus.resolve("docs")),
                "no dev corpus at " + corpus);

        List<Meeting> meetings = new MeetingMerger().merge(accounts(corpus.resolve("docs")));
        PairScore score = PairScore.of(
                meetings.stream().map(m -> m.accounts().stream().map(Account::doc).toList()).toList(),
                goldGroups(corpus.resolve("groups.json")));

        // the measurement is told only when it falls short: test output stays quiet
        String report = String.format(Locale.ROOT, "meeting merge on %s: pairs predicted %d, gold %d, precision %.3f, "
                        + "recall %.3f; false pairs %s; missed pairs %s", corpus, score.predicted().size(),
                score.gold().size(), score.precision(), score.recall(), score.falsePairs(), score.missedPairs());
        assertThat(score.precision()).as("pairwise precision: " + report).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).as("pairwise recall: " + report).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    /** Maven runs tests in the module's folder; the project root is its parent. */
    private static Path projectRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }

    private static List<Account> accounts(Path docs) throws IOException {
        Readout readout = Readout.create();
        InputDecoder decoder = new InputDecoder(InputLimits.defaults());
        List<Account> accounts = new ArrayList<>();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                DecodeResult decoded = decoder.decode(name, Files.readAllBytes(file));
                assertThat(decoded.accepted()).as(name).isTrue();
                ReadoutRecord r = readout.extract(decoded.document());
                String id = sha256(decoded.document().text());
                for (int i = 0; i < r.events().size(); i++) {
                    accounts.add(new Account(id, name, i, r.outlet(), r.perspective(), r.published(), r.events().get(i)));
                }
            }
        }
        return accounts;
    }

    private static List<List<String>> goldGroups(Path groupsJson) throws IOException {
        JsonNode groups = new ObjectMapper().readTree(groupsJson.toFile()).get("groups");
        List<List<String>> gold = new ArrayList<>();
        groups.forEach(g -> gold.add(texts(g)));
        return gold;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
