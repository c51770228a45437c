package org.readout.server.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.SourceDocument;
import org.readout.server.ReadoutServer;
import org.readout.server.ServerConfig;
import org.readout.store.DocumentInput;
import org.readout.store.Store;

/** The load test against a real server on loopback over the founding documents; timings are not asserted. */
class LoadTestTest {
    @TempDir
    Path dir;

    @Test
    void everyEndpointGroupIsLoadedWithoutErrors() {
        try (Store store = Store.open(dir)) {
            store.ingest(examples());
            try (ReadoutServer server = ReadoutServer.start(store, ServerConfig.loopback(0))) {
                LoadResult r = LoadTest.run(base(server), new LoadSettings(100, 8, 10, 3, 42));

                assertThat(r.failures()).isEmpty();
                assertThat(r.errors()).isZero();
                assertThat(r.overall().requests()).isEqualTo(100);
                assertThat(r.warmup().rates()).hasSizeBetween(1, 3);
                assertThat(r.warmup().requests()).isEqualTo(10 * r.warmup().rates().size());
                assertThat(r.groups()).allSatisfy(g -> assertThat(g.requests()).as(g.name()).isPositive());
                assertThat(r.groups()).allSatisfy(g -> assertThat(g.meanKiB()).as(g.name()).isPositive());
            }
        }
    }

    @Test
    void aStoreWithoutMeetingsHasNothingToLoad() {
        try (Store store = Store.open(dir); ReadoutServer server = ReadoutServer.start(store, ServerConfig.loopback(0))) {
            assertThatThrownBy(() -> LoadTest.run(base(server), new LoadSettings(10, 2, 0, 1, 1)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no meetings");
        }
    }

    private static URI base(ReadoutServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The five founding documents of the repository's examples/. */
    private static List<DocumentInput> examples() {
        Path examples = Path.of("").toAbsolutePath().getParent().resolve("examples");
        try (Stream<Path> files = Files.list(examples)) {
            return files.sorted().map(LoadTestTest::input).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentInput input(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new DocumentInput(SourceDocument.of(file.getFileName().toString(), text), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
