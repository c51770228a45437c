package org.readout.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A reading connection that keeps its prepared statements: DuckDB spends more time preparing a
 * point lookup (about 0.5 ms) than running it, and a server asks the same few queries all day.
 * {@link #connection()} hands out a view whose {@code prepareStatement(sql)} returns the kept
 * statement and whose {@code close()} (of connection or statement) keeps it for the next caller.
 * One thread at a time, as any JDBC connection.
 */
final class ReusedStatements implements AutoCloseable {
    /** Enough for every query the store asks, with room for IN-lists of a few lengths; the least recently used go. */
    static final int MAX_STATEMENTS = 128;

    private final Connection raw;
    private final Connection view;
    private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MAX_STATEMENTS || open.contains(eldest.getKey())) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    /** The SQL of the kept statements a caller holds now. */
    private final Set<String> open = new HashSet<>();

    ReusedStatements(Connection raw) {
        this.raw = raw;
        this.view = proxy(Connection.class, (p, m, args) -> switch (m.getName()) {
            case "prepareStatement" -> args.length == 1 ? statement((String) args[0]) : invoke(raw, m, args);
            case "close" -> null;
            default -> invoke(raw, m, args);
        });
    }

    /** The connection to read through; closing it keeps it open for the next caller. */
    Connection connection() {
        return view;
    }

    /** The kept statement, or a fresh one (closed when the caller closes it) while the kept one is still open. */
    private PreparedStatement statement(String sql) throws SQLException {
        if (!open.add(sql)) {
            return raw.prepareStatement(sql);
        }
        PreparedStatement ps;
        try {
            ps = kept.get(sql);
            if (ps == null) {
                ps = raw.prepareStatement(sql);
                kept.put(sql, ps);
            }
        } catch (SQLException | RuntimeException e) {
            open.remove(sql);
            throw e;
        }
        PreparedStatement shared = ps;
        return proxy(PreparedStatement.class, (p, m, args) -> {
            if (m.getName().equals("close")) {
                if (open.remove(sql)) {
                    shared.clearParameters();
                }
                return null;
            }
            return invoke(shared, m, args);
        });
    }

    @Override
    public void close() {
        kept.values().forEach(ReusedStatements::closeQuietly);
        kept.clear();
        closeQuietly(raw);
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(ReusedStatements.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing on the way out: nothing left to do with it
        }
    }
}
