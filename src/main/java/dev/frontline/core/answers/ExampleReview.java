package dev.frontline.core.answers;

import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;

import java.util.List;
import java.util.function.Consumer;

/**
 * {@code /examples [accept N | reject N]}: owners and leads decide which learned phrasings join the
 * bank, and which corrections join the escalation phrasebook (one queue, one flow).
 */
final class ExampleReview {
    private final AnswerBank bank;
    private final Consumer<LearnedExample> phrasebook;

    /** @param phrasebook told of every accepted phrasebook line, to learn it */
    ExampleReview(AnswerBank bank, Consumer<LearnedExample> phrasebook) {
        this.bank = bank;
        this.phrasebook = phrasebook;
    }

    List<Action> handle(CommandContext ctx) {
        String[] parts = ctx.args().split("\\s+");
        if (ctx.args().isBlank()) return list(ctx);
        if (parts.length != 2 || !parts[1].replaceFirst("^#", "").matches("\\d+")
                || !(parts[0].equals("accept") || parts[0].equals("reject"))) {
            throw new CommandException("Usage: /examples, /examples accept N, /examples reject N");
        }
        long id = Long.parseLong(parts[1].replaceFirst("^#", ""));
        boolean accept = parts[0].equals("accept");
        LearnedExample example = bank.store().pending().stream().filter(e -> e.id() == id).findFirst().orElse(null);
        if (example == null || !bank.store().decide(id, accept, ctx.user().id(), ctx.at())) {
            throw new CommandException("Example " + id + " is not pending (see /examples).");
        }
        if (!accept) return ctx.privately("Example " + id + " rejected.");
        if (example.phrasebookCategory() != null) {
            phrasebook.accept(example);
            return ctx.privately("Example " + id + " accepted: the escalation model learned it as '" + example.phrasebookCategory()
                    + "' and decides with it from now on.");
        }
        bank.rebuild();
        return ctx.privately("Example " + id + " accepted: suggestions use it from now on.");
    }

    private List<Action> list(CommandContext ctx) {
        List<LearnedExample> pending = bank.store().pending();
        if (pending.isEmpty()) {
            return ctx.privately("No pending examples. They appear when agents send macros on tickets, escalate an unflagged "
                    + "ticket, or press Not an escalation.");
        }
        StringBuilder b = new StringBuilder("Pending examples (accept N / reject N):");
        for (LearnedExample e : pending) {
            b.append("\n").append(e.id()).append(". for ").append(e.target()).append(": \"").append(e.text()).append("\"");
        }
        return ctx.privately(b.toString());
    }
}
