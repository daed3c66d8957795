package dev.frontline.core.command;

import dev.frontline.core.model.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every command the bot knows, by name. Platforms read it to register their command lists. */
public final class CommandRegistry {
    private final Map<String, Command> byName = new LinkedHashMap<>();

    public void register(Command command) {
        String name = command.name().toLowerCase(Locale.ROOT);
        if (byName.putIfAbsent(name, command) != null) {
            throw new IllegalStateException("two commands named /" + name);
        }
    }

    public Optional<Command> find(String name) {
        if (name == null) return Optional.empty();
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("/")) n = n.substring(1);
        return Optional.ofNullable(byName.get(n));
    }

    public Collection<Command> all() {
        return List.copyOf(byName.values());
    }

    /** Commands the role may run, by name. */
    public List<Command> availableTo(Role role) {
        List<Command> list = new ArrayList<>();
        for (Command c : byName.values()) if (role.atLeast(c.minRole())) list.add(c);
        list.sort(Comparator.comparing(Command::name));
        return list;
    }

    /** The help page for a role: one line per command. */
    public String helpFor(Role role) {
        StringBuilder b = new StringBuilder("Commands you can use:");
        for (Command c : availableTo(role)) {
            b.append("\n• ").append(c.synopsis()).append(" — ").append(c.summary());
        }
        return b.toString();
    }
}
