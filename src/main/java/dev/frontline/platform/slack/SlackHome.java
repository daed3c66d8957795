package dev.frontline.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import dev.frontline.core.Bot;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

/**
 * The App Home tab: today's metrics and the agent's open tickets — the answers of {@code /stats today}
 * and {@code /tickets mine} for that person, so Home shows exactly what the commands show.
 */
public final class SlackHome {
    private final Bot bot;
    private final MethodsClient client;
    private final SlackUsers users;

    SlackHome(Bot bot, MethodsClient client, SlackUsers users) {
        this.bot = bot;
        this.client = client;
        this.users = users;
    }

    void publish(String userId) {
        if (!bot.team().isStaff(userId)) return;
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Frontline"))));
        blocks.add(section(s -> s.text(markdownText(SlackText.safe(answer(userId, "stats", "today"), SlackText.SECTION_LIMIT)))));
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText(SlackText.safe(answer(userId, "tickets", "mine"), SlackText.SECTION_LIMIT)))));
        SlackCalls.call("views.publish", () -> client.viewsPublish(r -> r.userId(userId).view(view(v -> v.type("home").blocks(blocks)))));
    }

    private String answer(String userId, String command, String args) {
        List<Action> actions = bot.handle(new Inbound.Command(command, args, Place.channel(SlackPlatform.NAME, userId), users.ref(userId), Instant.now()));
        StringBuilder b = new StringBuilder();
        for (Action a : actions) if (a instanceof Action.PrivateReply p) b.append(p.text()).append('\n');
        return b.toString().trim();
    }
}
