package dev.frontline.core.ticket;

/**
 * What the bot says publicly to customers about their ticket. Configurable; {@code {ticket}} and
 * {@code {name}} are replaced with the ticket reference and the customer's name.
 */
public record TicketTexts(String opened, String resolved, String reopened) {
    private static final TicketTexts DEFAULTS = new TicketTexts(
            "Thanks {name}, we've got your message (ticket {ticket}). Someone from the team will reply in this thread.",
            "We've marked ticket {ticket} as resolved. If anything is still not right, just reply here and we'll pick it up again.",
            "Ticket {ticket} is open again; we'll get back to you here.");

    public static TicketTexts defaults() {
        return DEFAULTS;
    }

    /** These texts with every missing one taken from the defaults. */
    public TicketTexts orDefaults() {
        return new TicketTexts(opened == null ? DEFAULTS.opened : opened,
                resolved == null ? DEFAULTS.resolved : resolved,
                reopened == null ? DEFAULTS.reopened : reopened);
    }

    public static String fill(String template, String ticketRef, String name) {
        return template.replace("{ticket}", ticketRef).replace("{name}", name);
    }
}
