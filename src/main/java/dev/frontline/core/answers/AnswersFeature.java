package dev.frontline.core.answers;

import dev.frontline.core.ClickHandler;
import dev.frontline.core.Feature;
import dev.frontline.core.FormHandler;
import dev.frontline.core.TicketListener;
import dev.frontline.core.command.Args;
import dev.frontline.core.command.Command;
import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Macro;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.ticket.TicketLocator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer bank at work: suggestions on customer messages, {@code /macro} (search, send, edit,
 * show), {@code /glossary}, {@code /doc}, and {@code /examples} to review what the bank learned.
 */
public final class AnswersFeature implements Feature {
    private final AnswerBank bank;
    private final Library library;
    private final MacroSender sender;
    private final TicketStore tickets;
    private final TicketLocator locator;
    private final OnceGuard once;
    private final java.util.function.Consumer<LearnedExample> phrasebook;
    private dev.frontline.core.port.Tally tally = dev.frontline.core.port.Tally.NONE;
    private double minConfidence = DEFAULT_MIN_CONFIDENCE;

    /** Runner-up suggestions under 10% are noise beside a confident first one (0% was shown next to 100%). */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.1;

    /** Runner-up suggestions below {@code floor} (0-1) are not shown; the best fitting macro always is. */
    public AnswersFeature showingAtLeast(double floor) {
        this.minConfidence = floor;
        return this;
    }

    /** @param tickets the desk's own tickets (one platform's view) */
    public AnswersFeature(AnswerBank bank, Library library, MacroSender sender, TicketStore tickets, OnceGuard once) {
        this(bank, library, sender, tickets, once, e -> { });
    }

    /**
     * @param tickets    the desk's own tickets (one platform's view)
     * @param phrasebook learns each escalation phrasebook line an owner accepts in {@code /examples}
     */
    public AnswersFeature(AnswerBank bank, Library library, MacroSender sender, TicketStore tickets, OnceGuard once,
                          java.util.function.Consumer<LearnedExample> phrasebook) {
        this.once = once;
        this.phrasebook = phrasebook;
        this.bank = bank;
        this.library = library;
        this.sender = sender;
        this.tickets = tickets;
        this.locator = new TicketLocator(tickets);
    }

    /** Counts suggestions shown, "nothing fits" and suggestions chosen for the operator's metrics. */
    public AnswersFeature counting(dev.frontline.core.port.Tally tally) {
        this.tally = tally;
        return this;
    }

    @Override
    public List<TicketListener> ticketListeners() {
        return List.of(new SuggestionListener(bank, tally, tickets, minConfidence));
    }

    @Override
    public List<Command> commands() {
        return List.of(
                new Command("macro", "<words> | send <id> [#ticket] [name=value…] | edit <id> [#ticket] | show <id>",
                        "search the answer bank, or send, edit or show a macro", Role.AGENT, this::macro),
                new Command("glossary", "<term>", "what a product term means and what it is confused with", Role.AGENT, this::glossary),
                new Command("doc", "<topic>", "help-centre links for a topic", Role.AGENT, this::doc),
                new Command("examples", "[accept N | reject N]", "review customer messages proposed as macro examples or escalation phrasebook lines",
                        Role.LEAD, new ExampleReview(bank, phrasebook)::handle));
    }

    @Override
    public Map<String, ClickHandler> clickHandlers() {
        return Map.of(SuggestionListener.NAMESPACE, this::onSuggestionClick);
    }

    @Override
    public Map<String, FormHandler> formHandlers() {
        return Map.of(MacroSender.FORM_NAMESPACE, this::onForm);
    }

    private List<Action> macro(CommandContext ctx) {
        Args args = Args.parse(ctx.args());
        String sub = args.words().isEmpty() ? "" : args.words().get(0).toLowerCase();
        switch (sub) {
            case "send", "edit" -> {
                if (args.words().size() < 2) throw new CommandException("Usage: /macro " + sub + " <id> [#ticket] [name=value …]");
                Macro macro = sender.macro(args.words().get(1));
                Ticket ticket = ticketFor(ctx, args);
                if (sub.equals("edit")) return List.of(new Action.OpenForm(ctx.user().id(), ctx.place(), sender.form(ticket, macro, args.values())));
                return sender.sendOrAsk(ticket, macro.id(), ctx.user(), ctx.place(), args.values(), ctx.at());
            }
            case "show" -> {
                if (args.words().size() < 2) throw new CommandException("Usage: /macro show <id>");
                Macro m = sender.macro(args.words().get(1));
                return ctx.privately(m.title() + " (" + m.id() + ")" + (m.escalate() == null ? "" : ", must be escalated: " + m.escalate())
                        + "\n" + m.template() + "\nInputs: " + (MacroRenderer.inputsOf(m).isEmpty() ? "none" : String.join(", ", MacroRenderer.inputsOf(m))));
            }
            case "" -> throw new CommandException("Usage: /macro <words to search> — or /macro send <id>");
            default -> {
                return search(ctx, ctx.args());
            }
        }
    }

    private Ticket ticketFor(CommandContext ctx, Args args) {
        String ref = args.words().size() > 2 ? args.words().get(2) : "";
        CommandContext scoped = new CommandContext(new Inbound.Command(ctx.command().name(), ref, ctx.place(), ctx.user(), ctx.at()), ctx.role());
        return locator.locate(scoped, true).ticket();
    }

    private List<Action> search(CommandContext ctx, String words) {
        List<MacroMatcher.Match> ranked = bank.matcher().rank(words, 5);
        StringBuilder b = new StringBuilder("Macros for \"" + words + "\":");
        for (MacroMatcher.Match m : ranked) {
            b.append(String.format("%n• %s — %s (%.0f%%%s)", m.macro().id(), m.macro().title(), 100 * m.confidence(),
                    bank.matcher().fits(m) ? "" : ", weak match"));
        }
        b.append("\nSend one with /macro send <id> #ticket");
        return ctx.privately(b.toString());
    }

    private List<Action> glossary(CommandContext ctx) {
        if (ctx.args().isBlank()) throw new CommandException("Usage: /glossary <term>");
        List<GlossaryEntry> found = library.findTerm(ctx.args());
        if (found.isEmpty()) return ctx.privately("No glossary entry for \"" + ctx.args() + "\". Add it to bot-config/glossary.yaml.");
        StringBuilder b = new StringBuilder();
        for (GlossaryEntry e : found) {
            if (b.length() > 0) b.append("\n\n");
            b.append(e.term()).append(": ").append(e.definition());
            if (e.confusedWith() != null) b.append("\nOften confused with: ").append(e.confusedWith());
        }
        return ctx.privately(b.toString());
    }

    private List<Action> doc(CommandContext ctx) {
        if (ctx.args().isBlank()) throw new CommandException("Usage: /doc <topic>");
        List<DocLink> found = library.findDocs(ctx.args());
        if (found.isEmpty()) return ctx.privately("No doc about \"" + ctx.args() + "\". Add one to bot-config/docs.yaml.");
        StringBuilder b = new StringBuilder("Docs for \"" + ctx.args() + "\":");
        for (DocLink d : found.subList(0, Math.min(5, found.size()))) b.append("\n• ").append(d.title()).append(" — ").append(d.url());
        return ctx.privately(b.toString());
    }

    private List<Action> onSuggestionClick(Inbound.Click click, Role role) {
        if (!role.atLeast(Role.AGENT)) return List.of(new Action.PrivateReply(click.user().id(), click.place(), "Only staff can send replies."));
        String[] parts = click.actionId().split(":", 4);
        if (parts.length < 3 || !parts[1].matches("\\d+")) {
            return List.of(new Action.PrivateReply(click.user().id(), click.place(), "That button is no longer valid."));
        }
        Ticket ticket = tickets.find(Long.parseLong(parts[1]))
                .orElseThrow(() -> new CommandException("Ticket #" + parts[1] + " no longer exists."));
        Macro macro = sender.macro(parts[2]);
        // A double-click (or two agents on the same suggestion) sends it once.
        boolean sendsNow = MacroRenderer.inputsOf(macro).isEmpty();
        if (sendsNow && parts.length == 4 && !once.claim("sug-sent:" + ticket.id() + ":" + macro.id() + ":" + parts[3], click.at())) {
            return List.of(new Action.PrivateReply(click.user().id(), click.place(), "'" + macro.title() + "' was already sent on "
                    + ticket.ref() + " from this suggestion; nothing was sent again."));
        }
        tally.suggestionSent();
        return sender.sendOrAsk(ticket, macro.id(), click.user(), click.place(), Map.of(), click.at());
    }

    private List<Action> onForm(Inbound.FormSubmit form, Role role) {
        if (!role.atLeast(Role.AGENT)) return List.of(new Action.PrivateReply(form.user().id(), form.place(), "Only staff can send replies."));
        String[] parts = form.formId().split(":", 3);
        if (parts.length < 3 || !parts[1].matches("\\d+")) throw new CommandException("That form is no longer valid.");
        Ticket ticket = tickets.find(Long.parseLong(parts[1])).orElseThrow(() -> new CommandException("Ticket #" + parts[1] + " no longer exists."));
        Macro macro = sender.macro(parts[2]);
        Map<String, String> values = new HashMap<>(form.values());
        String template = values.remove(MacroSender.REPLY_FIELD);
        if (template == null || template.isBlank()) throw new CommandException("The reply is empty; nothing was sent.");
        return sender.send(ticket, macro, template, form.user(), values, form.at());
    }
}
