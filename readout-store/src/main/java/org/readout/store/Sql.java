package org.readout.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Small JDBC helpers: parameters bound by type (a collection becomes a VARCHAR list), rows mapped by a lambda. */
final class Sql {
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    /** Calls {@code action} for each row, for reads that fill a map or stream out. */
    static void each(Connection c, String sql, RowAction action, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                action.accept(rs);
            }
        }
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        List<Long> rows = list(c, sql, rs -> rs.getLong(1), params);
        return rows.isEmpty() ? 0 : rows.get(0);
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    /**
     * Inserts rows in one statement ("INSERT INTO table VALUES (...), (...) suffix"): DuckDB pays per
     * statement, not per row. Does nothing for no rows.
     */
    static void insert(Connection c, String table, List<Object[]> rows, String suffix) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String tuple = "(" + String.join(", ", Collections.nCopies(rows.get(0).length, "?")) + ")";
        String sql = "INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(rows.size(), tuple))
                + " " + suffix;
        update(c, sql, rows.stream().flatMap(Arrays::stream).toArray());
    }

    /**
     * Appends rows, each in the table's column order, with DuckDB's appender, in the connection's open transaction if there is one.
     * A batch's fact rows as one multi-row INSERT made DuckDB parse and bind a statement of some ten thousand
     * parameters per table: most of ingest's time. Values are String, Integer, Long, LocalDate, LocalDateTime,
     * a collection of String, or null.
     */
    static void append(Connection c, String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender(table)) {
            for (Object[] row : rows) {
                appender.beginRow();
                for (Object value : row) {
                    append(appender, value);
                }
                appender.endRow();
            }
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof Integer i) {
            appender.append(i);
        } else if (value instanceof Long l) {
            appender.append(l);
        } else if (value instanceof LocalDate d) {
            appender.append(d);
        } else if (value instanceof LocalDateTime t) {
            appender.append(t);
        } else if (value instanceof Collection<?> values) {
            appender.append(values);
        } else {
            throw new IllegalArgumentException("no column type for " + value.getClass().getName());
        }
    }

    /**
     * "?, ?, ?": one parameter per value, for {@code x IN (...)}: DuckDB looks such a list up in an
     * index, where {@code x IN (SELECT unnest(?))} scans the table.
     */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(c, ps, params);
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    static void bind(Connection c, PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Collection<?> values) {
                ps.setArray(i + 1, c.createArrayOf("VARCHAR", values.toArray()));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    /** An INTEGER column that may be null. */
    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
