package org.readout.server.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.server.ExampleDocuments;
import org.readout.server.ReadoutServer;
import org.readout.server.ServerConfig;
import org.readout.store.Store;

/** The load test against a real server on loopback over the founding documents; timings are not asserted. */
class LoadTestTest {
    @TempDir
    Path dir;

    @Test
    void everyEndpointGroupIsLoadedWithoutErrors() {
        try (Store store = Store.open(dir)) {
            store.ingest(ExampleDocuments.inputs());
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
}
