package dev.frontline.core.model;

/** What a person may do. Staff roles come from config; anybody else is a customer. */
public enum Role {
    CUSTOMER, AGENT, LEAD, OWNER;

    public boolean isStaff() {
        return this != CUSTOMER;
    }

    /** True when this role has at least the rights of {@code other} (owner > lead > agent > customer). */
    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
