package dev.frontline.core.command;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Role;

import java.util.List;

/**
 * A slash command with its own help text, so {@code /help} and every platform's command list are
 * written from one place.
 *
 * @param name    without the slash, lower-case, e.g. {@code resolve}
 * @param usage   argument synopsis, e.g. {@code [#ticket] [note]}
 * @param summary one line for lists
 * @param minRole the least role that may run it
 */
public record Command(String name, String usage, String summary, Role minRole, Handler handler) {

    /** Runs a command; returns what to show or do. Throw {@link CommandException} for a user error. */
    @FunctionalInterface
    public interface Handler {
        List<Action> handle(CommandContext context);
    }

    public String synopsis() {
        return "/" + name + (usage == null || usage.isBlank() ? "" : " " + usage);
    }
}
