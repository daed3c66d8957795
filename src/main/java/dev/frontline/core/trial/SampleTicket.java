package dev.frontline.core.trial;

import java.util.List;

/**
 * A sample ticket of the trial and what good handling looks like.
 *
 * @param expectedMacros  approved macros that answer it (any counts); empty when none does
 * @param escalate        the category it must be escalated under, or null when Tier 1 handles it
 * @param clarifying      whether a good agent asks a question before answering
 * @param clarification   what the simulated customer answers to a question
 * @param afterSolution   what the simulated customer says once given a solution
 * @param afterEscalation what the simulated customer says when told the ticket was passed on
 */
public record SampleTicket(String id, String customerName, String message, List<String> expectedMacros, String escalate,
                           boolean clarifying, String clarification, String afterSolution, String afterEscalation) {
    public SampleTicket {
        expectedMacros = expectedMacros == null ? List.of() : List.copyOf(expectedMacros);
    }
}
