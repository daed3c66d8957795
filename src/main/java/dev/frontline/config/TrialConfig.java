package dev.frontline.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code bot-config/trial/}: the paid trial that scores a candidate agent before hiring.
 * {@code rubric.yaml} holds the rubric and where trials run; {@code tickets.yaml} the sample tickets.
 */
public record TrialConfig(Rubric rubric, List<SampleTicket> tickets) {

    /**
     * @param channels    the trial channel per platform (console: a name; Slack/Discord: a channel id)
     * @param timeTarget  a ticket handled within this time gets the full time score
     * @param passMark    overall score (0-100) a candidate needs to pass
     * @param weights     points per rubric item: tone, escalation, clarifying, closed_loop, time
     * @param toneSimilarity how close (0-1) a free-text reply must be to an approved macro to count as following it
     */
    public record Rubric(@Required Map<String, String> channels, @Required Duration timeTarget, @Required Integer passMark,
                         @Required Map<String, Integer> weights, Double toneSimilarity) {}

    /**
     * One sample ticket and what good handling looks like.
     *
     * @param expectedMacros     approved macros that answer it (any of them counts); empty if none does
     * @param escalate           the escalation category it must be escalated under, or null if Tier 1 handles it
     * @param clarifyingQuestion true when a good agent asks a question before answering
     * @param answers            what the simulated customer says: clarification, after_solution, after_escalation
     */
    public record SampleTicket(@Required String id, @Required String customer, @Required String message,
                               List<String> expectedMacros, String escalate, Boolean clarifyingQuestion,
                               Answers answers) {}

    public record Answers(String clarification, String afterSolution, String afterEscalation) {}

    public static final List<String> RUBRIC_ITEMS = List.of("tone", "escalation", "clarifying", "closed_loop", "time");
}
