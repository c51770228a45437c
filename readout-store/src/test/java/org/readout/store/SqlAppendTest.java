package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlAppendTest {
    @TempDir
    Path dir;

    @Test
    void appendedRowsHoldEveryKindOfValueTheFactRowsHave() {
        try (Database db = table()) {
            db.inTransaction(c -> {
                Sql.append(c, "facts", List.of(
                        new Object[] {"a", 1, 2L, LocalDate.of(2024, 4, 1), LocalDateTime.of(2024, 4, 1, 12, 30), List.of("x", "y")},
                        new Object[] {"b", null, null, null, null, List.of()}));
                return null;
            });
            assertThat(rows(db)).containsExactly("a|1|2|2024-04-01|2024-04-01T12:30|[x, y]", "b|null|null|null|null|[]");
        }
    }

    @Test
    void appendedRowsGoWithTheirTransactionWhenItFails() {
        try (Database db = table()) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                Sql.append(c, "facts", List.<Object[]>of(new Object[] {"a", 1, 2L, null, null, List.of()}));
                throw new IllegalStateException("the batch's next step fails");
            })).hasMessageContaining("next step");
            assertThat(rows(db)).isEmpty();
        }
    }

    @Test
    void aValueOfNoColumnTypeIsRefused() {
        try (Database db = table()) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                Sql.append(c, "facts", List.<Object[]>of(new Object[] {"a", 1.5, null, null, null, null}));
                return null;
            })).hasMessageContaining("java.lang.Double");
            assertThat(rows(db)).isEmpty();
        }
    }

    private Database table() {
        Database db = Database.open(dir.resolve("facts.duckdb"), 0);
        db.inTransaction(c -> Sql.update(c, "CREATE TABLE facts (id VARCHAR PRIMARY KEY, n INTEGER, seq BIGINT,"
                + " day DATE, stamped TIMESTAMP, tags VARCHAR[])"));
        return db;
    }

    private static List<String> rows(Database db) {
        return db.read(c -> Sql.list(c, "SELECT * FROM facts ORDER BY id", rs -> rs.getString(1) + "|" + rs.getObject(2) + "|"
                + rs.getObject(3) + "|" + rs.getObject(4, LocalDate.class) + "|" + rs.getObject(5, LocalDateTime.class) + "|"
                + List.of((Object[]) rs.getArray(6).getArray())));
    }
}
