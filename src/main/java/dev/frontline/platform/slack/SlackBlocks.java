package dev.frontline.platform.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Card;
import dev.frontline.core.model.Form;
import dev.frontline.core.model.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/** Block Kit for the core's messages, cards and forms. All text goes through {@link SlackText}. */
final class SlackBlocks {
    private static final int BUTTONS_PER_BLOCK = 25;
    private static final int FIELD_LIMIT = 2000;

    private SlackBlocks() {}

    static List<LayoutBlock> message(String text, List<Button> buttons) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(SlackText.safe(text, SlackText.SECTION_LIMIT)))));
        blocks.addAll(buttons(buttons));
        return limit(blocks);
    }

    /**
     * @param link turns the place a field refers to into a URL (or null when none)
     */
    static List<LayoutBlock> card(Card card, Function<Place, String> link) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackText.truncate(card.title(), 150)))));
        for (Card.Field f : card.fields()) {
            String value = SlackText.safe(f.value(), FIELD_LIMIT);
            String url = f.link() == null ? null : link.apply(f.link());
            // Only our own URLs become links; customer text never does.
            String shown = url == null ? value : "<" + url + "|" + value.replace("|", "¦") + ">";
            blocks.add(section(s -> s.text(markdownText("*" + SlackText.escape(f.label()) + "*\n" + shown))));
        }
        if (card.footer() != null && !card.footer().isBlank()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(SlackText.safe(card.footer(), 2000))))));
        }
        blocks.addAll(buttons(card.buttons()));
        return limit(blocks);
    }

    private static List<LayoutBlock> buttons(List<Button> buttons) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_BLOCK) {
            List<BlockElement> elements = new ArrayList<>();
            for (Button b : buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_BLOCK))) {
                ButtonElement.ButtonElementBuilder e = ButtonElement.builder().actionId(b.id()).value(b.id())
                        .text(plainText(SlackText.truncate(b.label(), 75)));
                if (b.style() == Button.Style.PRIMARY) e.style("primary");
                if (b.style() == Button.Style.DANGER) e.style("danger");
                elements.add(e.build());
            }
            blocks.add(ActionsBlock.builder().elements(elements).build());
        }
        return blocks;
    }

    private static List<LayoutBlock> limit(List<LayoutBlock> blocks) {
        if (blocks.size() <= SlackText.BLOCK_LIMIT) return blocks;
        List<LayoutBlock> cut = new ArrayList<>(blocks.subList(0, SlackText.BLOCK_LIMIT - 1));
        cut.add(context(c -> c.elements(List.of(markdownText("(shortened to fit Slack)")))));
        return cut;
    }

    /** A modal for a form; the form id is the callback id, the place rides in private metadata. */
    static View modal(Form form, Place place) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Form.Input in : form.inputs()) {
            blocks.add(input(i -> i.blockId(in.name()).optional(!in.required())
                    .label(plainText(SlackText.truncate(in.label(), 2000)))
                    .element(plainTextInput(p -> {
                        p.actionId("value").multiline(in.multiline());
                        if (in.prefill() != null && !in.prefill().isBlank()) p.initialValue(SlackText.truncate(in.prefill(), 3000));
                        return p;
                    }))));
        }
        return view(v -> v.type("modal").callbackId(form.id()).privateMetadata(metadata(place))
                .title(viewTitle(t -> t.type("plain_text").text(SlackText.truncate(form.title(), 24))))
                .submit(viewSubmit(s -> s.type("plain_text").text(SlackText.truncate(form.submitLabel(), 24))))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(limit(blocks)));
    }

    static String metadata(Place place) {
        return place.channel() + "|" + (place.thread() == null ? "" : place.thread());
    }

    static Place fromMetadata(String metadata) {
        if (metadata == null || !metadata.contains("|")) return null;
        String[] parts = metadata.split("\\|", 2);
        return new Place(SlackPlatform.NAME, parts[0], parts[1].isEmpty() ? null : parts[1]);
    }
}
