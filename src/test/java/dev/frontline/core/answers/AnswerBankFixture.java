package dev.frontline.core.answers;

import dev.frontline.core.model.Macro;

import java.util.List;

/** A small answer bank of our own for tests. */
final class AnswerBankFixture {
    private AnswerBankFixture() {}

    static final Macro LOGIN = new Macro("login", "Can't log in", List.of("I can't log in", "my password does not work",
            "forgot my password", "reset password link"), List.of("login"), List.of("reset"), null, null,
            "Hi {{customer.name}}, reset it here: {{doc.reset}} — {{agent.name}}");
    static final Macro ORDER = new Macro("order-status", "Where is my order", List.of("where is my order",
            "my package has not arrived", "order tracking status"), List.of("order"), List.of(), null, null,
            "Hi {{customer.name}}, order {{input.order_number}} is {{input.status}}. Ticket #{{ticket.id}}.");
    static final Macro DELETE = new Macro("delete-data", "Delete my data", List.of("delete all my data",
            "remove my personal information", "gdpr deletion request"), List.of("privacy"), List.of(), "privacy_security", null,
            "Hi {{customer.name}}, our privacy team will handle this.");

    static List<Macro> macros() {
        return List.of(LOGIN, ORDER, DELETE);
    }
}
