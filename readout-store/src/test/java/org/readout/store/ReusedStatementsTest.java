package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBPreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReusedStatementsTest {
    private static final String BY_ID = "SELECT name FROM people WHERE id = ?";

    @TempDir
    Path dir;

    @Test
    void aQueryAskedAgainRunsOnTheKeptStatementWithItsNewParameters() throws Exception {
        try (Database db = people()) {
            List<Object> statements = new ArrayList<>();
            List<String> names = new ArrayList<>();
            db.read(c -> {
                for (int id : new int[] {1, 2}) {
                    try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
                        statements.add(ps.unwrap(DuckDBPreparedStatement.class));
                        ps.setInt(1, id);
                        names.addAll(names(ps));
                    }
                }
                return null;
            });
            assertThat(statements.get(0)).isSameAs(statements.get(1));
            assertThat(names).containsExactly("Ada", "Grace");
        }
    }

    @Test
    void theSameQueryInsideItsOwnLoopGetsAStatementOfItsOwn() throws Exception {
        try (Database db = people()) {
            List<String> pairs = db.read(c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement outer = c.prepareStatement(BY_ID)) {
                    outer.setInt(1, 1);
                    try (ResultSet rs = outer.executeQuery()) {
                        while (rs.next()) {
                            try (PreparedStatement inner = c.prepareStatement(BY_ID)) {
                                inner.setInt(1, 2);
                                out.add(rs.getString(1) + "+" + names(inner).get(0));
                            }
                        }
                    }
                }
                return out;
            });
            assertThat(pairs).containsExactly("Ada+Grace");
        }
    }

    @Test
    void aKeptReaderSeesWhatTheWriterCommittedSinceItsLastQuery() throws Exception {
        try (Database db = people()) {
            assertThat(count(db)).isEqualTo(2);
            db.inTransaction(c -> Sql.update(c, "INSERT INTO people VALUES (3, 'Katherine')"));
            assertThat(count(db)).isEqualTo(3);
        }
    }

    private Database people() {
        Database db = Database.open(dir.resolve("people.duckdb"), 0);
        db.inTransaction(c -> {
            Sql.update(c, "CREATE TABLE people (id INTEGER PRIMARY KEY, name VARCHAR)");
            return Sql.update(c, "INSERT INTO people VALUES (1, 'Ada'), (2, 'Grace')");
        });
        return db;
    }

    private static long count(Database db) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM people"));
    }

    private static List<String> names(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
