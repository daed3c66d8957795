package dev.frontline.platform.discord;

import dev.frontline.core.model.Button;
import dev.frontline.core.model.Card;
import dev.frontline.core.model.Form;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.modals.Modal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Embeds, button rows and modals for the core's cards, buttons and forms, within Discord's limits. */
final class DiscordRender {
    private static final int BUTTONS_PER_ROW = 5;
    private static final int MAX_ROWS = 5;

    private DiscordRender() {}

    static MessageEmbed card(Card card, java.util.function.Function<dev.frontline.core.model.Place, String> link) {
        EmbedBuilder e = new EmbedBuilder().setTitle(DiscordText.cut(DiscordText.inert(card.title()), DiscordText.EMBED_TITLE))
                .setColor(new Color(0x2E6FD9));
        int n = 0;
        for (Card.Field f : card.fields()) {
            if (n++ >= DiscordText.EMBED_FIELDS) break;
            String value = DiscordText.inert(f.value());
            if (f.link() != null) value = value + "\n" + link.apply(f.link());
            e.addField(DiscordText.cut(f.label(), DiscordText.FIELD_NAME), DiscordText.cut(value, DiscordText.FIELD_VALUE), false);
        }
        if (card.footer() != null && !card.footer().isBlank()) e.setFooter(DiscordText.cut(DiscordText.inert(card.footer()), DiscordText.EMBED_FOOTER));
        return e.build();
    }

    static List<ActionRow> buttons(List<Button> buttons) {
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size() && rows.size() < MAX_ROWS; i += BUTTONS_PER_ROW) {
            List<net.dv8tion.jda.api.components.buttons.Button> row = new ArrayList<>();
            for (Button b : buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))) {
                String label = DiscordText.cut(b.label(), DiscordText.BUTTON_LABEL);
                row.add(switch (b.style()) {
                    case PRIMARY -> net.dv8tion.jda.api.components.buttons.Button.primary(b.id(), label);
                    case DANGER -> net.dv8tion.jda.api.components.buttons.Button.danger(b.id(), label);
                    default -> net.dv8tion.jda.api.components.buttons.Button.secondary(b.id(), label);
                });
            }
            rows.add(ActionRow.of(row));
        }
        return rows;
    }

    static Modal modal(Form form) {
        List<Label> inputs = new ArrayList<>();
        for (Form.Input in : form.inputs().subList(0, Math.min(5, form.inputs().size()))) {
            TextInput.Builder input = TextInput.create(in.name(), in.multiline() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                    .setRequired(in.required());
            if (in.prefill() != null && !in.prefill().isBlank()) input.setValue(DiscordText.cut(in.prefill(), DiscordText.INPUT_VALUE));
            inputs.add(Label.of(DiscordText.cut(in.label(), DiscordText.INPUT_LABEL), input.build()));
        }
        return Modal.create(form.id(), DiscordText.cut(form.title(), DiscordText.MODAL_TITLE)).addComponents(inputs).build();
    }
}
