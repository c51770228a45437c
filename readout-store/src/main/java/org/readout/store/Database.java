package org.readout.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB file: one connection that writes (one transaction at a time) and fresh connections
 * on the same database for readers, so that queries may run on other threads while an ingest writes.
 */
final class Database implements AutoCloseable {
    private final DuckDBConnection writer;

    private Database(DuckDBConnection writer) {
        this.writer = writer;
    }

    static Database open(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            return new Database(c.unwrap(DuckDBConnection.class));
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction on the writing connection: all of it is committed, or none. */
    synchronized <T> T inTransaction(Sql.Work<T> work) {
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a connection of its own, outside the writer's transaction. */
    <T> T read(Sql.Work<T> work) {
        try (Connection c = writer.duplicate()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("database: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }
}
