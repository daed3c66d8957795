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
        return p != null ? p : temporary.get(userId);
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

    public void revokeTemporary(String userId) {
        temporary.remove(userId);
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
