package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A store holding the given documents, ingested through the command line, and commands run on it. */
record SampleStore(String dir) {
    static final String CHONGQING_2021 = "004_e840063e6a5ca7b7.txt";
    static final String HANOI_2021 = "003_b7187f0f73eb9129.txt";
    static final String JAKARTA_2023 = "000_6c7b1cdc61024ecd.txt";
    static final String NANNING_2024 = "001_4e6ba41967b06cfd.txt";
    static final String NHAN_DAN_UNDATED = "002_d4031eb014a138c4.txt";

    /** The five founding documents of examples/: the China–Vietnam foreign ministers, 2021–2024. */
    static SampleStore examples(Path parent) {
        return of(parent, Cli.repositoryRoot().resolve("examples"));
    }

    static SampleStore of(Path parent, Path documents) {
        SampleStore store = new SampleStore(parent.resolve("store").toString());
        Cli.Result ingest = Cli.run("ingest", "--store", store.dir(), documents.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCodes.OK);
        return store;
    }

    /** {@code readout COMMAND --store DIR ARGS...}, which must succeed. */
    Cli.Result ok(String command, String... args) {
        Cli.Result r = run(command, args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        return r;
    }

    Cli.Result run(String command, String... args) {
        return Cli.run(Stream.concat(Stream.of(command, "--store", dir), Stream.of(args)).toArray(String[]::new));
    }

    /** The id of the meeting on {@code date}. */
    String meetingOn(String date) {
        return list(json(ok("meetings", "--format", "json"))).stream().filter(m -> m.get("date").asText().equals(date))
                .findFirst().orElseThrow().get("id").asText();
    }

    static JsonNode json(Cli.Result r) {
        try {
            return Json.mapper().readTree(r.out());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.out(), e);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** Standard output with Unix line ends, blank lines kept (they separate the blocks). */
    static String text(Cli.Result r) {
        return r.out().replace("\r\n", "\n");
    }

    /** The block of {@code text} that starts with the line {@code heading}, up to the next blank line. */
    static String block(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        assertThat(start).as("no block " + heading + " in\n" + text).isNotNegative();
        int end = text.indexOf("\n\n", start + 1);
        return text.substring(start + 1, end < 0 ? text.length() : end + 1);
    }
}
