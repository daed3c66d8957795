package dev.frontline.core.trial;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Audience;
import dev.frontline.core.model.Card;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.team.Team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs trials: opens the sample tickets one by one as if a customer wrote them (through the whole
 * bot, so the candidate gets the normal suggestions and flags), moves on when the candidate resolves
 * or escalates one, and scores the trial at the end.
 */
public final class TrialRunner {
    private final TrialSetup setup;
    private final TrialStore trials;
    private final TicketStore tickets;
    private final Team team;
    private final TrialScorer scorer;
    private Function<Inbound, List<Action>> bot = in -> {
        throw new IllegalStateException("trial runner is not connected to the bot");
    };

    public TrialRunner(TrialSetup setup, TrialStore trials, TicketStore tickets, Team team, ApprovedWording wording) {
        this.setup = setup;
        this.trials = trials;
        this.tickets = tickets;
        this.team = team;
        this.scorer = new TrialScorer(setup.rubric(), wording);
        // A restart must not strip a candidate of the tools mid-trial.
        for (Trial t : trials.running()) team.grantTemporaryAgent(t.candidateId(), t.candidateName());
    }

    /** Lets the runner hand simulated customer messages to the bot, like a platform would. */
    public void connect(Function<Inbound, List<Action>> botEntryPoint) {
        this.bot = botEntryPoint;
    }

    public TrialSetup setup() {
        return setup;
    }

    public TrialStore trials() {
        return trials;
    }

    List<dev.frontline.core.model.TicketEvent> history(long ticketId) {
        return tickets.history(ticketId);
    }

    public List<Action> start(String platform, UserRef candidate, String startedBy, Instant at) {
        Trial trial = trials.create(platform, candidate.id(), candidate.name(), startedBy, setup.channel(), at);
        team.grantTemporaryAgent(candidate.id(), candidate.name());
        List<Action> actions = new ArrayList<>();
        actions.add(new Action.Reply(Place.channel(platform, setup.channel()), "Trial #" + trial.id() + " for " + candidate.name()
                + " has started: " + setup.samples().size() + " sample tickets, one at a time, timed. " + candidate.name()
                + ", answer each one as you would a real customer, with the usual tools (/macro, /escalate, /refund, "
                + "/resolve). The next ticket comes when you resolve or escalate the current one."));
        actions.addAll(openSample(trial, 0, at));
        return actions;
    }

    /** Posts sample ticket {@code index} and opens it as a ticket from its simulated customer. */
    List<Action> openSample(Trial trial, int index, Instant at) {
        SampleTicket sample = setup.samples().get(index);
        String key = "trial-" + trial.id() + "-" + (index + 1);
        Place place = new Place(trial.platform(), trial.channel(), key);
        UserRef customer = simulatedCustomer(trial, index, sample);
        List<Action> opened = bot.apply(new Inbound.Message(key, place, customer, sample.message(), at));
        Ticket ticket = tickets.findByPlace(place)
                .orElseThrow(() -> new IllegalStateException("trial channel " + trial.channel() + " is not a ticket channel"));
        trials.addTicket(new TrialTicket(trial.id(), index, sample.id(), ticket.id(), at, null));
        List<Action> actions = new ArrayList<>();
        actions.add(new Action.PostCard(place.top(), Audience.PUBLIC, new Card(key,
                "Sample ticket " + (index + 1) + " of " + setup.samples().size() + " (trial #" + trial.id() + ") — ticket " + ticket.ref(),
                List.of(new Card.Field(customer.name() + " writes", sample.message())), List.of(),
                "Reply in this ticket's thread (console: :thread " + ticket.ref() + ").")));
        // The card opens the conversation: the sample ticket's thread hangs under it.
        actions.add(new Action.StartThread(place, "Sample ticket " + (index + 1) + " — ticket " + ticket.ref()));
        actions.addAll(opened);
        return actions;
    }

    static UserRef simulatedCustomer(Trial trial, int index, SampleTicket sample) {
        return new UserRef("trial-customer-" + trial.id() + "-" + (index + 1), sample.customerName());
    }

    /** The simulated customer says {@code text} in the sample ticket's thread. */
    List<Action> customerSays(Trial trial, TrialTicket tt, Ticket ticket, String text, Instant at) {
        SampleTicket sample = setup.sample(tt.sampleId());
        UserRef customer = simulatedCustomer(trial, tt.index(), sample);
        List<Action> actions = new ArrayList<>();
        // On a real platform the customer's words would be their own post; here the bot shows them.
        actions.add(new Action.Reply(ticket.place(), customer.name() + " (simulated customer): " + text));
        actions.addAll(bot.apply(new Inbound.Message(ticket.place().thread() + "-" + at.toEpochMilli(), ticket.place(),
                customer, text, at)));
        return actions;
    }

    /** The candidate is done with a sample ticket: open the next one, or finish and score the trial. */
    List<Action> done(Trial trial, TrialTicket tt, Instant at) {
        if (!trials.markDone(trial.id(), tt.index(), at)) return List.of();
        int next = tt.index() + 1;
        if (next < setup.samples().size()) {
            trials.advance(trial.id(), next);
            return openSample(trial, next, at);
        }
        return finish(trial, at);
    }

    public List<Action> finish(Trial trial, Instant at) {
        Scorecard card = score(trial);
        if (!trials.finish(trial.id(), Trial.Status.FINISHED, at, card.render())) return List.of();
        team.revokeTemporary(trial.candidateId());
        List<Card.Field> fields = new ArrayList<>();
        for (int i = 0; i < card.tickets().size(); i++) {
            Scorecard.TicketScore t = card.tickets().get(i);
            fields.add(new Card.Field((i + 1) + ". " + t.subject(), t.points() + "/100"));
        }
        return List.of(
                new Action.Reply(Place.channel(trial.platform(), trial.channel()), "That was the last sample ticket of trial #" + trial.id()
                        + ". Thank you, " + trial.candidateName() + "!"),
                new Action.PostCard(Place.channel(trial.platform(), setup.ownerChannel()), Audience.OWNERS, new Card("trial-result-" + trial.id(),
                        "Trial #" + trial.id() + " — " + trial.candidateName() + ": " + card.overall() + "/100, "
                                + (card.passed() || !card.failures().isEmpty() ? card.verdict() : "below the pass mark of " + card.passMark()),
                        fields, List.of(), "Every score explained, with the transcript: /trial show " + trial.id())));
    }

    public Scorecard score(Trial trial) {
        List<TrialScorer.Handled> handled = new ArrayList<>();
        for (TrialTicket tt : trials.tickets(trial.id())) {
            handled.add(new TrialScorer.Handled(setup.sample(tt.sampleId()), tt, tickets.history(tt.ticketId())));
        }
        return scorer.score(trial.candidateId(), trial.candidateName(), handled);
    }
}
