package dev.frontline.platform.console;

import dev.frontline.core.Feature;
import dev.frontline.core.FormHandler;
import dev.frontline.core.ClickHandler;
import dev.frontline.core.command.Command;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Audience;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Card;
import dev.frontline.core.model.Form;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Role;
import dev.frontline.storage.JdbcCardRefs;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console as a person uses it: acting as different people, pressing buttons, filling forms. */
class ConsoleChatTest {
    @TempDir
    Path dir;

    /** A card with two buttons and a form, standing in for the features that post them. */
    static final class Demo implements Feature {
        final List<String> clicks = new ArrayList<>();
        final List<Map<String, String>> forms = new ArrayList<>();

        @Override
        public List<Command> commands() {
            return List.of(new Command("demo", "", "post a card", Role.AGENT, ctx -> List.of(
                    new Action.PostCard(Place.channel("console", "owners"), Audience.OWNERS, new Card("demo-1", "Approve?",
                            List.of(new Card.Field("Customer asked", "<!channel> refund please")),
                            List.of(Button.primary("demo:1:yes", "Approve"), Button.danger("demo:1:no", "Deny")), null)),
                    new Action.OpenForm(ctx.user().id(), ctx.place(), new Form("demo:form", "Why?",
                            List.of(new Form.Input("reason", "Reason", "because", false, true),
                                    new Form.Input("note", "Note", null, true, false)), "Send")))));
        }

        @Override
        public Map<String, ClickHandler> clickHandlers() {
            return Map.of("demo", (click, role) -> {
                clicks.add(click.user().id() + " " + click.actionId() + " on " + click.cardId() + " in " + click.place().channel());
                return List.of();
            });
        }

        @Override
        public Map<String, FormHandler> formHandlers() {
            return Map.of("demo", (form, role) -> {
                forms.add(form.values());
                return List.of();
            });
        }
    }

    @Test
    void aPersonCanActAsAnyonePressButtonsAndFillForms() throws Exception {
        Demo demo = new Demo();
        try (BotFixture f = new BotFixture(dir, demo)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            ConsolePlatform platform = new ConsolePlatform(Clock.systemUTC(), new JdbcCardRefs(f.db),
                    new HumanPrinter(print, Place::thread));
            BotSession session = f.session(platform);
            ConsoleChat chat = new ConsoleChat(session, f.team, f.store, List.of("support"), Clock.systemUTC(), print, false);

            chat.run(new BufferedReader(new StringReader("""
                    :as alex
                    /demo
                    :as olivia
                    :press 2
                    :submit note="two words"
                    :press 9
                    :who
                    """)));

            String screen = out.toString(StandardCharsets.UTF_8);
            assertEquals(List.of("olivia demo:1:no on demo-1 in owners"), demo.clicks);
            assertEquals(List.of(Map.of("reason", "because", "note", "two words")), demo.forms);
            assertTrue(screen.contains("[1: Approve] [2: Deny]"), screen);
            assertTrue(screen.contains("! no button 9"), screen);
            assertTrue(screen.contains("you are Olivia (owner) in #support"), screen);
        }
    }
}
