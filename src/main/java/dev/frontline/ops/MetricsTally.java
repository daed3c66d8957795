package dev.frontline.ops;

import dev.frontline.core.port.Tally;

import java.util.function.Consumer;

/**
 * The core's counts as metrics of one platform's desk. Each count waits for the unit of work to
 * commit ({@code afterCommit}), so a handler that ran twice after a lost race counts once, and a
 * rolled-back one not at all.
 */
public final class MetricsTally implements Tally {
    private final Metrics metrics;
    private final String platform;
    private final Consumer<Runnable> afterCommit;

    public MetricsTally(Metrics metrics, String platform, Consumer<Runnable> afterCommit) {
        this.metrics = metrics;
        this.platform = platform;
        this.afterCommit = afterCommit;
    }

    @Override
    public void escalationFlagged(String category) {
        afterCommit.accept(() -> metrics.count("frontline_escalation_flags", "Customer messages a detector flagged for escalation, by category",
                "platform", platform, "category", category));
    }

    @Override
    public void escalationRaised(String category) {
        afterCommit.accept(() -> metrics.count("frontline_escalations", "Escalation cards raised, by category",
                "platform", platform, "category", category));
    }

    @Override
    public void slaBreached() {
        afterCommit.accept(() -> metrics.count("frontline_sla_breaches", "Tickets that went past their first-response SLA",
                "platform", platform));
    }

    @Override
    public void suggestionsShown(int count) {
        afterCommit.accept(() -> metrics.count("frontline_suggestions", "Customer messages triaged: suggestions shown, or nothing in the bank fits",
                "platform", platform, "outcome", count == 0 ? "nothing_fits" : "shown"));
    }

    @Override
    public void suggestionSent() {
        afterCommit.accept(() -> metrics.count("frontline_suggestions_used", "Suggested macros an agent chose with its button",
                "platform", platform));
    }
}
