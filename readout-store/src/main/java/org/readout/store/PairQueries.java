package org.readout.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The pairs of states that met, from the meetings' countries: what a user browses first. */
final class PairQueries {
    /** Each meeting's states, one row each; a pair is two rows of one meeting, in code order. */
    private static final String PAIRS = "WITH c AS (SELECT id, date, unnest(countries) AS code FROM meetings)"
            + " SELECT x.code AS a, y.code AS b, count(DISTINCT x.id) AS n, min(x.date) AS first, max(x.date) AS last"
            + " FROM c x JOIN c y ON x.id = y.id AND x.code < y.code GROUP BY ALL";

    List<CountryPair> pairs(Connection c, Page page) throws SQLException {
        return Sql.list(c, PAIRS + " ORDER BY n DESC, a, b LIMIT ? OFFSET ?", rs -> new CountryPair(List.of(rs.getString("a"), rs.getString("b")), rs.getLong("n"),
                Sql.date(rs, "first"), Sql.date(rs, "last")), page.limit(), page.offset());
    }

    long count(Connection c) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM (" + PAIRS + ")");
    }
}
