package dev.frontline.core.command;

import dev.frontline.core.model.Role;

/** {@code /help [command]}: what you can do here. */
public final class HelpCommand {
    private HelpCommand() {}

    public static Command create(CommandRegistry registry) {
        return new Command("help", "[command]", "list commands, or explain one", Role.CUSTOMER, ctx -> {
            String arg = ctx.args();
            if (arg.isEmpty()) return ctx.privately(registry.helpFor(ctx.role()));
            return registry.find(arg)
                    .filter(c -> ctx.role().atLeast(c.minRole()))
                    .map(c -> ctx.privately(c.synopsis() + "\n" + c.summary()))
                    .orElseGet(() -> ctx.privately("No command /" + arg.replaceFirst("^/", "") + ". Try /help."));
        });
    }
}
