package dev.frontline.core.model;

/** Where a ticket stands. Only {@link #RESOLVED} counts as closed. */
public enum TicketStatus {
    NEW, OPEN, WAITING_ON_CUSTOMER, ESCALATED, RESOLVED;

    public boolean isClosed() {
        return this == RESOLVED;
    }

    /** Lower-case, dash-separated name as users type and read it, e.g. {@code waiting-on-customer}. */
    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
