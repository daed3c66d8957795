package dev.frontline.app;

import dev.frontline.config.TrialConfig;
import dev.frontline.core.model.Channels;
import dev.frontline.core.trial.ApprovedWording;
import dev.frontline.core.trial.Rubric;
import dev.frontline.core.trial.SampleTicket;
import dev.frontline.core.trial.TrialSetup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns bot-config/trial/ into the core's trial setup for one platform. */
final class TrialWiring {
    private TrialWiring() {}

    static TrialSetup setup(TrialConfig config, String platform, Channels channels) {
        TrialConfig.Rubric r = config.rubric();
        String channel = r.channels().get(platform);
        List<SampleTicket> samples = config.tickets().stream().map(t -> new SampleTicket(t.id(), t.customer(), t.message(),
                t.expectedMacros(), t.escalate(), Boolean.TRUE.equals(t.clarifyingQuestion()),
                t.answers() == null ? null : t.answers().clarification(),
                t.answers() == null ? null : t.answers().afterSolution(),
                t.answers() == null ? null : t.answers().afterEscalation())).toList();
        Rubric rubric = new Rubric(r.timeTarget(), r.passMark(), r.weights(), r.toneSimilarity() == null ? 0.5 : r.toneSimilarity());
        return new TrialSetup(samples, rubric, channel == null ? null : channel.replaceFirst("^#", ""), channels.owner());
    }

    /** The answer bank's approved texts, which a candidate's own words are compared with (the 0.8 tone tier). */
    static ApprovedWording wording(dev.frontline.core.answers.AnswerBank bank) {
        return id -> bank.macro(id).map(dev.frontline.core.model.Macro::template);
    }
}
