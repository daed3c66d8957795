package dev.frontline.core.team;

import dev.frontline.core.model.Person;
import dev.frontline.core.model.Role;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The support team from config: who is staff, in which role. Anyone not listed is a customer. */
public final class Team {
    private final List<Person> people;
    private final Map<String, Person> byId = new HashMap<>();

    public Team(List<Person> people) {
        this.people = List.copyOf(people);
        for (Person p : this.people) {
            for (String id : p.ids()) byId.put(id, p);
        }
    }

    public Optional<Person> person(String userId) {
        return Optional.ofNullable(byId.get(userId));
    }

    public Role roleOf(String userId) {
        Person p = byId.get(userId);
        return p == null ? Role.CUSTOMER : p.role();
    }

    public boolean isStaff(String userId) {
        return roleOf(userId).isStaff();
    }

    public boolean isOwner(String userId) {
        return roleOf(userId) == Role.OWNER;
    }

    /** The display name config gives a team member, or the fallback for anybody else. */
    public String nameOf(String userId, String fallback) {
        Person p = byId.get(userId);
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
        Person p = byId.get(userId);
        return p != null && p.guardedUntil() != null && !today.isAfter(p.guardedUntil());
    }
}
