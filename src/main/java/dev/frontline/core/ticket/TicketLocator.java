package dev.frontline.core.ticket;

import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.TicketStore;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ticket a command is about: a leading {@code #12} (or a bare {@code 12} where the
 * command takes nothing else numeric), else the ticket whose thread the command was typed in.
 */
public final class TicketLocator {
    private static final Pattern HASH_REF = Pattern.compile("^#(\\d+)\\b\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern BARE_REF = Pattern.compile("^#?(\\d+)\\b\\s*(.*)$", Pattern.DOTALL);

    private final TicketStore store;

    /** @param store the desk's own tickets (a platform's view), so a reference never reaches another platform's ticket */
    public TicketLocator(TicketStore store) {
        this.store = store;
    }

    /** The ticket and the arguments after the ticket reference. */
    public record Located(Ticket ticket, String rest) {}

    /** As {@link #locate(CommandContext, boolean)} with only {@code #12} taken as a reference. */
    public Located locate(CommandContext ctx) {
        return locate(ctx, false);
    }

    /**
     * @param bareNumberIsTicket true for commands whose first argument can only be a ticket
     * @throws CommandException with a usage hint when no ticket can be found
     */
    public Located locate(CommandContext ctx, boolean bareNumberIsTicket) {
        String args = ctx.args();
        Matcher m = (bareNumberIsTicket ? BARE_REF : HASH_REF).matcher(args);
        if (m.matches()) {
            long id = Long.parseLong(m.group(1));
            Ticket t = store.find(id).orElseThrow(() -> new CommandException("There is no ticket #" + id + "."));
            org.slf4j.MDC.put("ticket", t.ref());
            return new Located(t, m.group(2).trim());
        }
        Optional<Ticket> here = ctx.place().isThread() ? store.findByPlace(ctx.place()) : Optional.empty();
        if (here.isPresent()) {
            org.slf4j.MDC.put("ticket", here.get().ref());
            return new Located(here.get(), args);
        }
        throw new CommandException("Which ticket? Run /" + ctx.command().name()
                + " in the ticket's thread, or name it first, e.g. /" + ctx.command().name() + " #12 …");
    }
}
