package org.readout.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * The DuckDB file: one connection that writes (one transaction at a time) and a pool of reading
 * connections on the same database, so that queries may run on other threads while an ingest
 * writes. A reader keeps its prepared statements between queries; the pool grows to the number of
 * threads that read at once.
 */
final class Database implements AutoCloseable {
    private final DuckDBConnection writer;
    private final Queue<ReusedStatements> idleReaders = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    private Database(DuckDBConnection writer) {
        this.writer = writer;
    }

    /** Opens it to read and write. */
    static Database open(Path file, int threads) {
        return open(file, threads, false);
    }

    /**
     * @param threads  DuckDB's worker threads; 0 for its default, one per core
     * @param readOnly whether to open it only to read: then it takes no write lock and writes nothing, so that it can
     *                 be read in a folder this user cannot write, and by several processes at once
     */
    static Database open(Path file, int threads, boolean readOnly) {
        Properties settings = new Properties();
        if (threads > 0) {
            settings.setProperty("threads", Integer.toString(threads));
        }
        if (readOnly) {
            settings.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), settings);
            return new Database(c.unwrap(DuckDBConnection.class));
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction on the writing connection: all of it is committed, or none. */
    synchronized <T> T inTransaction(Sql.Work<T> work) {
        try {
            writer.setAutoCommit(false);
            // DuckDB begins a transaction at its first statement: an appender that came first would commit on its own
            Sql.count(writer, "SELECT 1");
        } catch (SQLException e) {
            throw new StoreException("database: " + e.getMessage(), e);
        }
        Exception failure = null;
        try {
            T result = work.run(writer);
            writer.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            failure = e;
            rollbackKeeping(e);
            if (e instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new StoreException("database: " + e.getMessage(), e);
        } finally {
            restoreAutoCommit(failure);
        }
    }

    /** After a failure (a full disk) DuckDB may refuse this too; the failure is the one to tell. */
    private void restoreAutoCommit(Exception failure) {
        try {
            writer.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure == null) {
                throw new StoreException("database: " + e.getMessage(), e);
            }
            failure.addSuppressed(e);
        }
    }

    /** A failed commit may have ended the transaction already ("no transaction is active"): the first failure is the one to tell. */
    private void rollbackKeeping(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs {@code work} on a connection no other thread uses meanwhile, outside the writer's transaction. */
    <T> T read(Sql.Work<T> work) {
        ReusedStatements reader = idleReaders.poll();
        boolean healthy = false;
        try {
            if (reader == null) {
                reader = new ReusedStatements(writer.duplicate());
            }
            T result = work.run(reader.connection());
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("database: " + e.getMessage(), e);
        } finally {
            release(reader, healthy);
        }
    }

    /** A reader whose work failed is closed rather than reused: its statements may be in any state. */
    private void release(ReusedStatements reader, boolean healthy) {
        if (reader == null) {
            return;
        }
        if (healthy && !closed) {
            idleReaders.add(reader);
            if (closed && idleReaders.remove(reader)) {
                reader.close();
            }
        } else {
            reader.close();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (ReusedStatements reader; (reader = idleReaders.poll()) != null; ) {
            reader.close();
        }
        try {
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }
}
