package dev.frontline.storage;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.Tier;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.ConcurrentUpdate;
import dev.frontline.core.port.TicketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link TicketStore} over JDBC. Each call joins the unit of work open on its thread (or commits on
 * its own); a save checks the ticket's version, so an update that lost a race is retried, not lost.
 */
public final class JdbcTicketStore implements TicketStore {
    private static final int SUBJECT_MAX = 200;
    private final Database db;

    public JdbcTicketStore(Database db) {
        this.db = db;
    }

    @Override
    public Ticket open(Place place, UserRef customer, String firstMessage, Instant at) {
        String platform = place.platform();
        String subject = subjectOf(firstMessage);
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = keyed(c, "INSERT INTO tickets (platform, channel, thread, customer_id, "
                    + "customer_name, subject, status, assignee, tier, opened_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)")) {
                ps.setString(1, platform);
                ps.setString(2, place.channel());
                ps.setString(3, place.thread());
                ps.setString(4, customer.id());
                ps.setString(5, customer.name());
                ps.setString(6, subject);
                ps.setString(7, TicketStatus.NEW.name());
                ps.setString(8, null);
                ps.setString(9, Tier.TIER1.name());
                ps.setLong(10, at.toEpochMilli());
                ps.setLong(11, at.toEpochMilli());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertEvent(c, TicketEvent.of(id, EventType.CUSTOMER_MESSAGE, customer.id(), firstMessage, null, at));
            return new Ticket(id, platform, place, customer, subject, TicketStatus.NEW, null, Tier.TIER1, Set.of(),
                    at, at, null, null, 0);
        });
    }

    private static String subjectOf(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        if (oneLine.codePointCount(0, oneLine.length()) <= SUBJECT_MAX) return oneLine;
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, SUBJECT_MAX)) + "…";
    }

    @Override
    public Optional<Ticket> find(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM tickets WHERE id = ?")) {
                ps.setLong(1, id);
                return first(c, ps);
            }
        });
    }

    private PreparedStatement keyed(Connection c, String sql) throws SQLException {
        return db.dialect() == Database.Dialect.SQLITE ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : c.prepareStatement(sql, new String[]{"id"});
    }

    @Override
    public Optional<Ticket> findByPlace(Place place) {
        if (place.thread() == null) return Optional.empty();
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM tickets WHERE platform = ? AND channel = ? AND thread = ?")) {
                ps.setString(1, place.platform());
                ps.setString(2, place.channel());
                ps.setString(3, place.thread());
                return first(c, ps);
            }
        });
    }

    @Override
    public Ticket save(Ticket t, List<TicketEvent> events) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tickets SET status = ?, assignee = ?, tier = ?, "
                    + "updated_at = ?, first_response_at = ?, resolved_at = ?, customer_name = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?")) {
                ps.setString(1, t.status().name());
                ps.setString(2, t.assignee());
                ps.setString(3, t.tier().name());
                ps.setLong(4, t.updatedAt().toEpochMilli());
                Sql.setInstant(ps, 5, t.firstResponseAt());
                Sql.setInstant(ps, 6, t.resolvedAt());
                ps.setString(7, t.customer().name());
                ps.setLong(8, t.id());
                ps.setLong(9, t.version());
                if (ps.executeUpdate() != 1) {
                    if (find(t.id()).isEmpty()) throw new SQLException("no ticket " + t.id());
                    throw new ConcurrentUpdate("ticket " + t.ref() + " was changed by someone else since version " + t.version());
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM ticket_tags WHERE ticket_id = ?")) {
                del.setLong(1, t.id());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?)")) {
                for (String tag : t.tags()) {
                    ins.setLong(1, t.id());
                    ins.setString(2, tag);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            for (TicketEvent e : events) insertEvent(c, e);
            return t.withVersion(t.version() + 1);
        });
    }

    @Override
    public void append(List<TicketEvent> events) {
        db.inTransaction(c -> {
            for (TicketEvent e : events) insertEvent(c, e);
            return null;
        });
    }

    @Override
    public List<TicketEvent> history(long ticketId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id")) {
                ps.setLong(1, ticketId);
                return events(ps);
            }
        });
    }

    @Override
    public List<Ticket> query(Query q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM tickets WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.platform() != null) {
            sql.append(" AND platform = ?");
            params.add(q.platform());
        }
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            sql.append(" AND status IN (").append("?,".repeat(q.statuses().size() - 1)).append("?)");
            q.statuses().stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (q.assignee() != null) {
            sql.append(" AND assignee = ?");
            params.add(q.assignee());
        }
        if (q.openedFrom() != null) {
            sql.append(" AND opened_at >= ?");
            params.add(q.openedFrom().toEpochMilli());
        }
        if (q.openedTo() != null) {
            sql.append(" AND opened_at < ?");
            params.add(q.openedTo().toEpochMilli());
        }
        sql.append(" ORDER BY opened_at, id");
        if (q.limit() > 0) sql.append(" LIMIT ").append(q.limit());
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
                List<Ticket> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) list.add(ticket(c, rs));
                }
                return list;
            }
        });
    }

    @Override
    public List<TicketEvent> events(String platform, Instant from, Instant to, Set<EventType> types) {
        StringBuilder sql = new StringBuilder("SELECT e.* FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE e.at >= ? AND e.at < ?");
        if (platform != null) sql.append(" AND t.platform = ?");
        if (types != null && !types.isEmpty()) {
            sql.append(" AND e.type IN (").append("?,".repeat(types.size() - 1)).append("?)");
        }
        sql.append(" ORDER BY e.at, e.id");
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                int i = 3;
                if (platform != null) ps.setString(i++, platform);
                if (types != null) for (EventType t : types) ps.setString(i++, t.name());
                return events(ps);
            }
        });
    }

    private static void insertEvent(Connection c, TicketEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ticket_events (ticket_id, type, actor_id, text, detail, at) VALUES (?,?,?,?,?,?)")) {
            ps.setLong(1, e.ticketId());
            ps.setString(2, e.type().name());
            ps.setString(3, e.actorId());
            ps.setString(4, e.text());
            ps.setString(5, e.detail());
            ps.setLong(6, e.at().toEpochMilli());
            ps.executeUpdate();
        }
    }

    private static List<TicketEvent> events(PreparedStatement ps) throws SQLException {
        List<TicketEvent> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new TicketEvent(rs.getLong("id"), rs.getLong("ticket_id"), EventType.valueOf(rs.getString("type")),
                        rs.getString("actor_id"), rs.getString("text"), rs.getString("detail"), Sql.instant(rs, "at")));
            }
        }
        return list;
    }

    private static Optional<Ticket> first(Connection c, PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(ticket(c, rs)) : Optional.empty();
        }
    }

    private static Ticket ticket(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String platform = rs.getString("platform");
        return new Ticket(id, platform, new Place(platform, rs.getString("channel"), rs.getString("thread")),
                new UserRef(rs.getString("customer_id"), rs.getString("customer_name")), rs.getString("subject"),
                TicketStatus.valueOf(rs.getString("status")), rs.getString("assignee"), Tier.valueOf(rs.getString("tier")),
                tags(c, id), Sql.instant(rs, "opened_at"), Sql.instant(rs, "updated_at"),
                Sql.instant(rs, "first_response_at"), Sql.instant(rs, "resolved_at"), rs.getLong("version"));
    }

    private static Set<String> tags(Connection c, long ticketId) throws SQLException {
        Set<String> tags = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tag FROM ticket_tags WHERE ticket_id = ?")) {
            ps.setLong(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tags.add(rs.getString(1));
            }
        }
        return tags;
    }
}
