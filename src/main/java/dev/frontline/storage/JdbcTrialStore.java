package dev.frontline.storage;

import dev.frontline.core.trial.Trial;
import dev.frontline.core.trial.TrialStore;
import dev.frontline.core.trial.TrialTicket;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link TrialStore} for one platform's desk (the trials run there). State changes are guarded by
 * their current state, so each happens once.
 */
public final class JdbcTrialStore implements TrialStore {
    private final Database db;
    private final String platform;

    public JdbcTrialStore(Database db, String platform) {
        this.db = db;
        this.platform = platform;
    }

    @Override
    public Trial create(String platform, String candidateId, String candidateName, String startedBy, String channel, Instant at) {
        long id = db.insert("INSERT INTO trials (platform, candidate_id, candidate_name, started_by, channel, started_at, status) "
                + "VALUES (?,?,?,?,?,?,?)", platform, candidateId, candidateName, startedBy, channel, at.toEpochMilli(), Trial.Status.RUNNING.name());
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Trial> find(long id) {
        List<Trial> found = trials("SELECT * FROM trials WHERE platform = ? AND id = ?", platform, id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Trial> list(int limit) {
        return trials("SELECT * FROM trials WHERE platform = ? ORDER BY id DESC LIMIT ?", platform, limit);
    }

    /** Candidates of running trials on every platform, by user id: the temporary agents every replica must know. */
    public static Map<String, String> runningCandidates(Database db) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT candidate_id, candidate_name FROM trials WHERE status = 'RUNNING'")) {
                Map<String, String> found = new java.util.HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.put(rs.getString(1), rs.getString(2));
                }
                return found;
            }
        });
    }

    @Override
    public List<Trial> running() {
        return trials("SELECT * FROM trials WHERE platform = ? AND status = ? ORDER BY id", platform, Trial.Status.RUNNING.name());
    }

    private List<Trial> trials(String sql, Object... params) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Database.bind(ps, params);
                List<Trial> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Trial(rs.getLong("id"), rs.getString("platform"), rs.getString("candidate_id"),
                                rs.getString("candidate_name"), rs.getString("started_by"), rs.getString("channel"),
                                Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"),
                                Trial.Status.valueOf(rs.getString("status")), rs.getInt("current_index"), rs.getString("scorecard")));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public void addTicket(TrialTicket t) {
        db.update("INSERT INTO trial_tickets (trial_id, idx, sample_id, ticket_id, opened_at) VALUES (?,?,?,?,?)",
                t.trialId(), t.index(), t.sampleId(), t.ticketId(), t.openedAt().toEpochMilli());
    }

    @Override
    public Optional<TrialTicket> byTicket(long ticketId) {
        List<TrialTicket> found = trialTickets("SELECT * FROM trial_tickets WHERE ticket_id = ?", ticketId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<TrialTicket> tickets(long trialId) {
        return trialTickets("SELECT * FROM trial_tickets WHERE trial_id = ? ORDER BY idx", trialId);
    }

    private List<TrialTicket> trialTickets(String sql, long param) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, param);
                List<TrialTicket> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new TrialTicket(rs.getLong("trial_id"), rs.getInt("idx"), rs.getString("sample_id"),
                                rs.getLong("ticket_id"), Sql.instant(rs, "opened_at"), Sql.instant(rs, "done_at")));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public boolean markDone(long trialId, int index, Instant at) {
        return db.update("UPDATE trial_tickets SET done_at = ? WHERE trial_id = ? AND idx = ? AND done_at IS NULL",
                at.toEpochMilli(), trialId, index) == 1;
    }

    @Override
    public void advance(long trialId, int nextIndex) {
        db.update("UPDATE trials SET current_index = ? WHERE id = ?", nextIndex, trialId);
    }

    @Override
    public boolean finish(long trialId, Trial.Status status, Instant at, String scorecard) {
        return db.update("UPDATE trials SET status = ?, finished_at = ?, scorecard = ? WHERE id = ? AND status = 'RUNNING'",
                status.name(), at.toEpochMilli(), scorecard, trialId) == 1;
    }

}
