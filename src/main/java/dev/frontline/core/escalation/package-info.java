/**
 * Escalations: detectors per category (precise rules, and the trained phrasebook model over the
 * message's shared embedding), learning from the team (manual escalations and "Not an escalation"
 * become pending phrasebook lines), the pre-filled escalation card, decisions recorded once by the
 * owners or routed tier, refund guardrails, guarded mode and the audit log.
 */
package dev.frontline.core.escalation;
