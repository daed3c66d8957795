package dev.frontline.core.team;

import dev.frontline.core.model.Person;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Tier;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The support team from config: who is staff, in which role. Anyone not listed is a customer. */
public final class Team {
    private final List<Person> people;
    private final Map<String, Person> byId = new HashMap<>();
    /** People who are agents for a while without being in config: trial candidates. */
    private final Map<String, Person> temporary = new ConcurrentHashMap<>();
    /** The same, as every replica sees them (running trials in the shared store), read at most every few seconds. */
    private volatile java.util.function.Supplier<Map<String, String>> shared = Map::of;
    private volatile Map<String, Person> sharedCache = Map.of();
    private volatile long sharedReadAt;
    private static final long SHARED_TTL_NANOS = 3_000_000_000L;

    public Team(List<Person> people) {
        this.people = List.copyOf(people);
        for (Person p : this.people) {
            for (String id : p.ids()) byId.put(id, p);
        }
    }

    public Optional<Person> person(String userId) {
        return Optional.ofNullable(lookup(userId));
    }

    private Person lookup(String userId) {
        Person p = byId.get(userId);
        if (p != null) return p;
        p = temporary.get(userId);
        return p != null ? p : sharedTemporary().get(userId);
    }

    /**
     * Where temporary roles granted by other replicas can be read: candidate id to name. With
     * several replicas a trial started on one must make its candidate an agent on all of them.
     */
    public void shareTemporaryRolesWith(java.util.function.Supplier<Map<String, String>> source) {
        this.shared = source;
        this.sharedReadAt = 0;
    }

    private Map<String, Person> sharedTemporary() {
        long now = System.nanoTime();
        if (now - sharedReadAt > SHARED_TTL_NANOS) {
            Map<String, Person> fresh = new HashMap<>();
            shared.get().forEach((id, name) -> {
                if (!byId.containsKey(id)) fresh.put(id, new Person(name, Role.AGENT, List.of(id), Tier.TIER1, LocalDate.MAX));
            });
            sharedCache = Map.copyOf(fresh);
            sharedReadAt = now;
        }
        return sharedCache;
    }

    public Role roleOf(String userId) {
        Person p = lookup(userId);
        return p == null ? Role.CUSTOMER : p.role();
    }

    /**
     * Makes somebody an agent in guarded mode until {@link #revokeTemporary}: a trial candidate
     * works with the normal tools while being scored. Config members keep their own role.
     */
    public void grantTemporaryAgent(String userId, String name) {
        if (byId.containsKey(userId)) return;
        temporary.put(userId, new Person(name, Role.AGENT, List.of(userId), Tier.TIER1, LocalDate.MAX));
    }

    /** True for a trial candidate: an agent only while their trial runs, and only on its sample tickets. */
    public boolean isTemporary(String userId) {
        if (userId == null || byId.containsKey(userId)) return false;
        return temporary.containsKey(userId) || sharedTemporary().containsKey(userId);
    }

    public void revokeTemporary(String userId) {
        temporary.remove(userId);
        sharedReadAt = 0; // read the shared roles again: this one may be gone there too
    }

    public boolean isStaff(String userId) {
        return roleOf(userId).isStaff();
    }

    public boolean isOwner(String userId) {
        return roleOf(userId) == Role.OWNER;
    }

    /** The display name config gives a team member, or the fallback for anybody else. */
    public String nameOf(String userId, String fallback) {
        Person p = lookup(userId);
        return p == null ? fallback : p.name();
    }

    public List<Person> withRole(Role role) {
        return people.stream().filter(p -> p.role() == role).toList();
    }

    public List<Person> people() {
        return people;
    }

    /** True while the agent is in guarded mode (new agents: every refund needs approval). */
    public boolean isGuarded(String userId, LocalDate today) {
        Person p = lookup(userId);
        return p != null && p.guardedUntil() != null && !today.isAfter(p.guardedUntil());
    }
}
