/**
 * The paid trial: sample tickets from {@code bot-config/trial/} are opened one by one for a
 * candidate, a simulated customer answers them, and a rubric scores tone, escalation, clarifying
 * questions, closing the loop and time, each with its reason.
 */
package dev.frontline.core.trial;
