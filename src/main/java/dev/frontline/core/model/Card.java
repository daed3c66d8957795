package dev.frontline.core.model;

import java.util.List;

/**
 * A structured message with labelled fields and buttons (an escalation card, an approval request).
 * {@code id} is the core's own key (e.g. {@code esc-7}); adapters remember which platform message
 * shows it so that {@link Action.UpdateCard} can edit it in place.
 * Field values may hold customer text: adapters escape them like any other text.
 */
public record Card(String id, String title, List<Field> fields, List<Button> buttons, String footer) {
    /** A labelled value; {@code link}, when set, is the conversation the value refers to (adapters link it). */
    public record Field(String label, String value, Place link) {
        public Field(String label, String value) {
            this(label, value, null);
        }
    }

    public Card {
        fields = List.copyOf(fields);
        buttons = List.copyOf(buttons);
    }

    /** The card as plain text, for platforms or logs without rich layout. */
    public String asText() {
        StringBuilder b = new StringBuilder(title);
        for (Field f : fields) b.append('\n').append(f.label()).append(": ").append(f.value());
        if (footer != null && !footer.isBlank()) b.append('\n').append(footer);
        return b.toString();
    }
}
