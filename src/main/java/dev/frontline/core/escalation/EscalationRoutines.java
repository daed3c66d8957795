package dev.frontline.core.escalation;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Person;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.schedule.Routine;
import dev.frontline.core.schedule.Schedule;
import dev.frontline.core.team.Team;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The escalation system's scheduled work: stuck tickets and the guarded agents' digest. */
final class EscalationRoutines {
    private EscalationRoutines() {}

    /** Every minute: an assigned ticket the customer waits on with no progress for {@code stuck_after} is flagged once. */
    static Routine stuck(EscalationPolicy policy, TicketStore tickets, FlagListener flags, OnceGuard once, Team team) {
        return Routine.of("escalation-stuck", Schedule.every(Duration.ofMinutes(1)), Duration.ofMinutes(5), (scheduledAt, now) -> {
            if (!policy.enabled("stuck")) return List.of();
            List<Action> actions = new ArrayList<>();
            for (Ticket t : tickets.query(TicketStore.Query.inStatus(Set.of(TicketStatus.NEW, TicketStatus.OPEN)))) {
                if (t.assignee() == null) continue;
                Duration idle = Duration.between(t.updatedAt(), now);
                if (idle.compareTo(policy.stuckAfter()) <= 0) continue;
                if (!once.claim("stuck:" + t.id() + ":" + t.updatedAt().toEpochMilli(), now)) continue;
                String evidence = "no progress for " + idle.toMinutes() + " min while assigned to " + team.nameOf(t.assignee(), t.assignee());
                actions.addAll(flags.flagged(t, List.of(new Flag("stuck", evidence)), now));
            }
            return actions;
        });
    }

    /** Daily: owners get each guarded agent's escalations of the last day, while the agent is guarded. */
    static Routine guardedDigest(EscalationPolicy policy, EscalationStore store, Team team) {
        return Routine.of("guarded-digest", Schedule.daily(policy.guardedDigestAt(), policy.zone()), Duration.ofHours(2), (scheduledAt, now) -> {
            LocalDate today = LocalDate.ofInstant(scheduledAt, policy.zone());
            List<Action> actions = new ArrayList<>();
            List<Escalation> day = store.createdBetween(scheduledAt.minus(Duration.ofDays(1)), scheduledAt);
            for (Person p : team.people()) {
                if (p.guardedUntil() == null || today.isAfter(p.guardedUntil())) continue;
                List<Escalation> theirs = day.stream().filter(e -> p.ids().contains(e.createdBy())).toList();
                StringBuilder b = new StringBuilder("Guarded-mode digest for " + p.name() + " (until " + p.guardedUntil() + "): "
                        + theirs.size() + " escalation(s) in the last 24 h.");
                for (Escalation e : theirs) b.append("\n• ").append(e.cardId()).append(" ").append(e.category()).append(" — ")
                        .append(e.status().name().toLowerCase().replace('_', ' '))
                        .append(e.refundId() == null ? "" : store.heldText(e.refundId()).isPresent()
                                ? " (refund request; their reply to the customer was held for approval)" : " (refund request)");
                actions.add(new Action.StaffNote(policy.ownerPlace(), b.toString()));
            }
            return actions;
        });
    }

}
