package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseThreadsTest {
    @TempDir
    Path dir;

    @Test
    void theThreadsGivenAreDuckDbsThreads() {
        for (int threads : new int[] {1, 3}) {
            try (Database db = Database.open(dir.resolve(threads + ".duckdb"), threads)) {
                assertThat(threads(db)).isEqualTo(threads);
            }
        }
    }

    @Test
    void negativeThreadsAreRefused() {
        assertThatThrownBy(() -> StoreConfig.at(dir).withDatabaseThreads(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database threads");
    }

    private static long threads(Database db) {
        return db.read(c -> Sql.count(c, "SELECT current_setting('threads')::BIGINT"));
    }
}
