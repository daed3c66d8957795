package dev.frontline.core.model;

import java.util.List;

/**
 * A form the user fills before something is sent (a modal on Slack and Discord, inline
 * {@code name=value} arguments on the console). Submitted values come back as
 * {@link Inbound.FormSubmit} with the same {@code id}.
 */
public record Form(String id, String title, List<Input> inputs, String submitLabel) {
    /** One field. {@code prefill} is what the bot already knows; {@code required} fields cannot be sent empty. */
    public record Input(String name, String label, String prefill, boolean multiline, boolean required) {}

    public Form {
        inputs = List.copyOf(inputs);
    }
}
