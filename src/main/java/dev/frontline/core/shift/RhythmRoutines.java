package dev.frontline.core.shift;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.schedule.Routine;
import dev.frontline.core.schedule.Schedule;
import dev.frontline.core.team.Team;
import dev.frontline.core.ticket.TicketService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The scheduled rhythm: shift starts and ends, the weekly review, the SLA watch, follow-ups. */
final class RhythmRoutines {
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private RhythmRoutines() {}

    static List<Routine> shiftPosts(ShiftSetup setup, ShiftReports reports, ShiftStore store) {
        List<Routine> routines = new ArrayList<>();
        for (WeeklyHours hours : setup.coverage().schedules()) {
            routines.add(Routine.of("shift-start:" + hours.name(), ShiftSchedules.starts(hours), setup.grace(), (at, now) -> {
                String key = ShiftSchedules.key(hours, LocalDate.ofInstant(at, hours.zone()));
                String text = reports.start(hours.name() + ", " + HHMM.format(at.atZone(hours.zone())) + " " + hours.zone().getId(), now);
                store.saveSummary(key, "start", text, now);
                return List.of(new Action.StaffNote(setup.team(), text));
            }));
            routines.add(Routine.of("shift-end:" + hours.name(), ShiftSchedules.ends(hours), setup.grace(), (at, now) -> {
                LocalDate day = LocalDate.ofInstant(at.minusSeconds(1), hours.zone());
                String key = ShiftSchedules.key(hours, day);
                Instant from = hours.shiftOn(day).map(WeeklyHours.Span::start).orElse(at.minus(Duration.ofHours(8)));
                String text = reports.end(hours.name() + ", " + day, from, at, store.notes(key));
                store.saveSummary(key, "end", text, now);
                return List.of(new Action.StaffNote(setup.team(), text));
            }));
        }
        return routines;
    }

    static Routine weekly(ShiftSetup setup, WeeklyReview review, ShiftStore store) {
        return Routine.of("weekly-review", Schedule.weekly(setup.weeklyDay(), setup.weeklyTime(), setup.zone()), setup.grace(), (at, now) -> {
            List<Action> actions = review.post(setup.team(), at);
            store.saveSummary("week " + LocalDate.ofInstant(at, setup.zone()), "weekly", ((Action.StaffNote) actions.get(0)).text(), now);
            return actions;
        });
    }

    /** Every minute: tickets without a first response are warned once at risk and once when breached; due times stored. */
    static Routine sla(ShiftSetup setup, TicketStore tickets, ShiftStore store, OnceGuard once, dev.frontline.core.port.Tally tally) {
        SlaClock clock = setup.sla();
        return Routine.of("sla-watch", Schedule.every(Duration.ofMinutes(1)), Duration.ofMinutes(5), (at, now) -> {
            List<Action> actions = new ArrayList<>();
            for (Ticket t : tickets.query(TicketStore.Query.notClosed())) {
                if (t.firstResponseAt() != null) continue;
                List<TicketEvent> history = tickets.history(t.id());
                Duration used = clock.used(t, history, now);
                Instant due = clock.due(t, history, now);
                if (!store.due(t.id()).map(due::equals).orElse(false)) store.saveDue(t.id(), due);
                String when = DateTimeFormatter.ofPattern("EEE HH:mm z").format(due.atZone(setup.zone()));
                if (clock.isBreached(used)) {
                    if (once.claim("sla-breach:" + t.id(), now)) {
                        tally.slaBreached();
                        actions.add(new Action.StaffNote(t.place(), "🚨 SLA breached on " + t.ref() + ": no first response after "
                                + dev.frontline.core.metrics.Metrics.duration(clock.target()) + " of covered time (due " + when + ")."));
                    }
                } else if (clock.isAtRisk(used) && once.claim("sla-risk:" + t.id(), now)) {
                    actions.add(new Action.StaffNote(t.place(), "⏱ " + t.ref() + " is at risk: " + Math.round(100.0 * used.toMillis()
                            / clock.target().toMillis()) + "% of its first-response SLA used, due " + when + "."));
                }
            }
            return actions;
        });
    }

    /**
     * Every 5 minutes: follow up with silent customers, close the long-silent, and remind each agent of
     * their tickets waiting on us: one message per agent per shift listing them all, never one per ticket.
     */
    static Routine followUps(ShiftSetup setup, TicketService service, Team team, OnceGuard once) {
        return Routine.of("follow-ups", Schedule.every(Duration.ofMinutes(5)), Duration.ofMinutes(30), (at, now) -> {
            List<Action> actions = new ArrayList<>();
            Map<String, List<Ticket>> waitingOnUs = new LinkedHashMap<>();
            for (Ticket t : service.live().query(TicketStore.Query.inStatus(Set.of(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.OPEN)))) {
                Duration idle = Duration.between(t.updatedAt(), now);
                String since = String.valueOf(t.updatedAt().toEpochMilli());
                if (t.status() == TicketStatus.WAITING_ON_CUSTOMER) {
                    if (idle.compareTo(setup.closeAfter()) >= 0 && once.claim("autoclose:" + t.id() + ":" + since, now)) {
                        actions.addAll(service.resolve(t, new UserRef("frontline", "Frontline"),
                                "closed after " + setup.closeAfter().toHours() + " h without a reply from the customer", now));
                    } else if (idle.compareTo(setup.followUpAfter()) >= 0 && once.claim("followup:" + t.id() + ":" + since, now)) {
                        actions.add(new Action.Reply(t.place(), "Hi " + t.customer().name() + ", just checking in: did that solve it? "
                                + "Reply here if you still need help; otherwise we'll close " + t.ref() + " in a couple of days."));
                    }
                } else if (t.assignee() != null) {
                    waitingOnUs.computeIfAbsent(t.assignee(), a -> new ArrayList<>()).add(t);
                }
            }
            waitingOnUs.values().removeIf(list -> list.stream().allMatch(t -> Duration.between(t.updatedAt(), now).compareTo(setup.remindAfter()) < 0));
            actions.addAll(agentNudges(setup, team, once, waitingOnUs, now));
            return actions;
        });
    }

    /**
     * During coverage only: the first time in a shift one of an agent's tickets has waited on us for
     * {@code remind_agents_after}, one message lists all their tickets waiting on us, oldest first.
     */
    private static List<Action> agentNudges(ShiftSetup setup, Team team, OnceGuard once, Map<String, List<Ticket>> waiting, Instant now) {
        if (waiting.isEmpty() || !setup.coverage().isCovered(now)) return List.of();
        String shift = ShiftSchedules.currentShiftKey(setup.coverage(), now);
        List<Action> actions = new ArrayList<>();
        waiting.forEach((agent, tickets) -> {
            if (!once.claim("agent-nudge:" + agent + ":" + shift, now)) return;
            StringBuilder b = new StringBuilder("Reminder for " + team.nameOf(agent, agent) + ": " + (tickets.size() == 1
                    ? "1 of your tickets waits" : tickets.size() + " of your tickets wait") + " for a reply from us:");
            tickets.stream().sorted(java.util.Comparator.comparing(Ticket::updatedAt)).forEach(t -> b.append("\n• ").append(t.ref())
                    .append(" from ").append(t.customer().name()).append(", waiting ")
                    .append(dev.frontline.core.metrics.Metrics.duration(Duration.between(t.updatedAt(), now))));
            b.append("\nThis is the one reminder of this shift.");
            actions.add(new Action.PrivateReply(agent, setup.team(), b.toString()));
        });
        return actions;
    }

    static String backAt(ShiftSetup setup, Instant at) {
        return setup.coverage().nextOpening(at).map(i -> {
            ZonedDateTime z = i.atZone(setup.zone());
            String day = z.toLocalDate().equals(LocalDate.ofInstant(at, setup.zone())) ? "today"
                    : z.toLocalDate().equals(LocalDate.ofInstant(at, setup.zone()).plusDays(1)) ? "tomorrow"
                    : z.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            return day + " at " + HHMM.format(z) + " " + z.getZone().getId();
        }).orElse("soon");
    }

}
