package dev.frontline.core;

import dev.frontline.core.command.CommandRegistry;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.team.Team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transport-neutral entry point, one per process whatever the number of platforms: every
 * platform turns its events into {@link Inbound} values and calls {@link #handle}; the returned
 * actions carry their place, and so their platform, for the adapter that owns it to perform.
 * Each platform has its own {@link Desk} (its channels, its scheduled work); the event's place
 * says which.
 */
public final class Bot {
    private final Map<String, Desk> desks = new LinkedHashMap<>();
    private final Team team;

    public Bot(Team team, List<Desk> desks) {
        this.team = team;
        for (Desk d : desks) {
            if (this.desks.putIfAbsent(d.platform(), d) != null) throw new IllegalStateException("two desks for " + d.platform());
        }
    }

    /** A bot with one desk (tests, the console). */
    public static Bot of(Desk desk) {
        return new Bot(desk.team(), List.of(desk));
    }

    public List<Action> handle(Inbound inbound) {
        Desk desk = desks.get(inbound.place().platform());
        if (desk == null) throw new IllegalArgumentException("no desk for platform " + inbound.place().platform());
        return desk.handle(inbound);
    }

    /** The text-only work of an event, before its transaction (see {@link Desk#prepare}). */
    public void prepare(Inbound inbound) {
        desk(inbound.place().platform()).ifPresent(d -> d.prepare(inbound));
    }

    public Team team() {
        return team;
    }

    public Set<String> platforms() {
        return desks.keySet();
    }

    public Optional<Desk> desk(String platform) {
        return Optional.ofNullable(desks.get(platform));
    }

    /** The commands of a platform's desk (every desk registers the same features). */
    public CommandRegistry commands(String platform) {
        return desk(platform).orElseThrow(() -> new IllegalArgumentException("no desk for " + platform)).commands();
    }
}
