package dev.frontline.core;

import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;

/**
 * A message that belongs to a ticket, as listeners see it: already committed.
 *
 * @param ticket   the ticket after this message was applied
 * @param message  the message as the platform delivered it
 * @param role     the sender's role (customer or staff)
 * @param opened   true when this message opened the ticket
 * @param reopened true when this message reopened a resolved ticket
 * @param meaning  the message's embedding, computed once by the first listener that needs it
 */
public record TicketMessage(Ticket ticket, Inbound.Message message, Role role, boolean opened, boolean reopened,
                            MessageMeaning meaning) {
    public TicketMessage(Ticket ticket, Inbound.Message message, Role role, boolean opened, boolean reopened) {
        this(ticket, message, role, opened, reopened, new MessageMeaning(message.text()));
    }

    public boolean fromCustomer() {
        return !role.isStaff();
    }
}
