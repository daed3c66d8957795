package dev.frontline.core.trial;

import java.util.List;

/**
 * The trial as configured for one platform.
 *
 * @param channel      where sample tickets are posted on this platform, null when not configured
 * @param ownerChannel where the scorecard goes
 */
public record TrialSetup(List<SampleTicket> samples, Rubric rubric, String channel, String ownerChannel) {
    public TrialSetup {
        samples = List.copyOf(samples);
    }

    public SampleTicket sample(String id) {
        return samples.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("sample ticket '" + id + "' is no longer in bot-config/trial/tickets.yaml"));
    }
}
