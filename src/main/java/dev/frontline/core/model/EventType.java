package dev.frontline.core.model;

/** The kinds of entries in a ticket's history. */
public enum EventType {
    CUSTOMER_MESSAGE, AGENT_REPLY, MACRO_USED, NOTE, TAG_ADDED, TAG_REMOVED, ASSIGNED,
    TIER_CHANGED, STATUS_CHANGED, ESCALATED, RESOLVED, REOPENED
}
