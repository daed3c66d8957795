package dev.frontline.platform.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.team.Team;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one transcript line into an {@link Inbound} (or a bare tick). Line shapes:
 * <pre>
 * {"at": ISO-8601, "channel": name, "thread": key?, "user": id, "text": "..."}                 message
 * {"at", "channel", "thread"?, "user", "command": "/name", "text": "args"}                    slash command
 * {"at", "user", "click": {"card": id|"last", "action": id|suffix|label}}                    button on a card
 * {"at", "channel", "thread"?, "user", "click": {"action": id|suffix|label}}               button under a message
 * {"at", "user", "form": {"id": id|"last", "values": {"name": "value", ...}}}                 form submit
 * {"at", "tick": true}                                                                          time passes
 * </pre>
 * An optional {@code "name"} gives the user's display name (defaults to the team name or the id).
 */
final class ReplayLine {
    private final Team team;
    private final ConsolePlatform platform;

    ReplayLine(Team team, ConsolePlatform platform) {
        this.team = team;
        this.platform = platform;
    }

    /** A parsed line: when it happens and what comes in (null for a tick). */
    record Parsed(Instant at, Inbound inbound) {}

    Parsed parse(JsonNode line, String messageId) {
        if (!line.isObject()) throw new IllegalArgumentException("each line must be a JSON object");
        Instant at = instant(line);
        if (line.path("tick").asBoolean(false)) return new Parsed(at, null);
        UserRef user = user(line);
        if (line.has("click")) {
            return new Parsed(at, line.get("click").has("card") ? click(line.get("click"), user, at) : messageClick(line, user, at));
        }
        if (line.has("form")) return new Parsed(at, form(line.get("form"), user, at));
        Place place = new Place(ConsolePlatform.NAME, required(line, "channel").replaceFirst("^#", ""), optional(line, "thread"));
        String text = line.path("text").asText("");
        if (line.has("command")) {
            String name = required(line, "command").trim().replaceFirst("^/", "").toLowerCase(Locale.ROOT);
            return new Parsed(at, new Inbound.Command(name, text, place, user, at));
        }
        if (!line.has("text")) throw new IllegalArgumentException("a message needs \"text\"");
        return new Parsed(at, new Inbound.Message(messageId, place, user, text, at));
    }

    private Inbound click(JsonNode click, UserRef user, Instant at) {
        String card = click.path("card").asText("last");
        if ("last".equals(card)) card = platform.lastCardId();
        if (card == null) throw new IllegalArgumentException("no card has been posted yet");
        String action = required(click, "action");
        Button pressed = find(platform.buttonsOf(card), action);
        String actionId = pressed != null ? pressed.id() : action;
        Place place = platform.placeOfCard(card);
        if (place == null) throw new IllegalArgumentException("unknown card " + card);
        return new Inbound.Click(actionId, card, place, user, at);
    }

    /** A button under a message (not a card), e.g. CSAT: the place comes from the line's channel and thread. */
    private Inbound messageClick(JsonNode line, UserRef user, Instant at) {
        Place place = new Place(ConsolePlatform.NAME, required(line, "channel").replaceFirst("^#", ""), optional(line, "thread"));
        String action = required(line.get("click"), "action");
        Button pressed = find(platform.buttonsAt(place), action);
        if (pressed == null) throw new IllegalArgumentException("no button '" + action + "' under the recent messages with buttons in " + place.channel()
                + (place.thread() == null ? "" : " › " + place.thread()));
        return new Inbound.Click(pressed.id(), null, place, user, at);
    }

    private static Button find(List<Button> buttons, String action) {
        for (Button b : buttons) {
            if (b.id().equals(action) || b.id().endsWith(":" + action) || b.label().equalsIgnoreCase(action)) return b;
        }
        return null;
    }

    private Inbound form(JsonNode form, UserRef user, Instant at) {
        String id = form.path("id").asText("last");
        Place place = platform.lastFormPlace();
        if ("last".equals(id)) {
            if (platform.lastForm() == null) throw new IllegalArgumentException("no form has been opened yet");
            id = platform.lastForm().id();
        }
        Map<String, String> values = new HashMap<>();
        // Like a person submitting a pre-filled form: fields not given keep their pre-filled value.
        if (platform.lastForm() != null && platform.lastForm().id().equals(id)) {
            for (dev.frontline.core.model.Form.Input in : platform.lastForm().inputs()) {
                if (in.prefill() != null) values.put(in.name(), in.prefill());
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = form.path("values").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            values.put(f.getKey(), f.getValue().asText());
        }
        return new Inbound.FormSubmit(id, values, place == null ? Place.channel(ConsolePlatform.NAME, "console") : place, user, at);
    }

    private UserRef user(JsonNode line) {
        String id = required(line, "user");
        String name = line.hasNonNull("name") ? line.get("name").asText() : team.nameOf(id, id);
        return new UserRef(id, name);
    }

    private static Instant instant(JsonNode line) {
        String at = required(line, "at");
        try {
            return java.time.OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"at\" is not an ISO-8601 time with offset: " + at);
        }
    }

    private static String required(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || v.asText().isBlank()) throw new IllegalArgumentException("missing \"" + key + "\"");
        return v.asText();
    }

    private static String optional(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
