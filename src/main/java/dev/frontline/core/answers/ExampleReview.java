package dev.frontline.core.answers;

import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;

import java.util.List;

/** {@code /examples [accept N | reject N]}: owners and leads decide which learned phrasings join the bank. */
final class ExampleReview {
    private final AnswerBank bank;

    ExampleReview(AnswerBank bank) {
        this.bank = bank;
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
        if (!bank.store().decide(id, accept, ctx.user().id(), ctx.at())) {
            throw new CommandException("Example " + id + " is not pending (see /examples).");
        }
        if (accept) bank.rebuild();
        return ctx.privately("Example " + id + (accept ? " accepted: suggestions use it from now on." : " rejected."));
    }

    private List<Action> list(CommandContext ctx) {
        List<LearnedExample> pending = bank.store().pending();
        if (pending.isEmpty()) return ctx.privately("No pending examples. They appear when agents send macros on tickets.");
        StringBuilder b = new StringBuilder("Pending examples (accept N / reject N):");
        for (LearnedExample e : pending) {
            b.append("\n").append(e.id()).append(". for ").append(e.macroId()).append(": \"").append(e.text()).append("\"");
        }
        return ctx.privately(b.toString());
    }
}
