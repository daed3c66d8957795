package dev.frontline.platform.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontline.core.model.Button;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prints each action as one JSON line: {@code at, channel, thread, audience, kind, text, buttons}
 * and, where there is one, {@code card} (card id), {@code form} (form id) or {@code file} (name).
 * This is replay's documented output format.
 */
public final class JsonLinesPrinter implements Consumer<ActionView> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintStream out;

    public JsonLinesPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(ActionView v) {
        out.println(toJson(v));
        out.flush();
    }

    public static String toJson(ActionView v) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", v.at().toString());
        line.put("channel", v.channel());
        line.put("thread", v.thread());
        line.put("audience", v.audience());
        line.put("kind", v.kind());
        line.put("text", v.text());
        List<Map<String, String>> buttons = new ArrayList<>();
        for (Button b : v.buttons()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", b.id());
            m.put("label", b.label());
            buttons.add(m);
        }
        line.put("buttons", buttons);
        if (v.ref() != null) {
            String key = switch (v.kind()) {
                case "form" -> "form";
                case "file" -> "file";
                default -> "card";
            };
            line.put(key, v.ref());
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
