package dev.frontline.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Small JDBC helpers for instants stored as epoch milliseconds and nullable values. */
final class Sql {
    private Sql() {}

    static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        if (at == null) ps.setNull(index, Types.INTEGER);
        else ps.setLong(index, at.toEpochMilli());
    }

    /** Error texts are for people reading the table: at most 2,000 characters. */
    static String cut(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
