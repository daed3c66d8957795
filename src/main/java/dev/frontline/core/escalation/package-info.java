/**
 * Escalations: detectors per category (rules and meaning), the pre-filled escalation card, decisions
 * recorded once by the owners or routed tier, refund guardrails, guarded mode and the audit log.
 */
package dev.frontline.core.escalation;
