package dev.frontline.core.answers;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Macro;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a macro at send time with {@code {{customer.name}}}, {@code {{agent.name}}},
 * {@code {{ticket.id}}}, {@code {{doc.KEY}}} and the agent's {@code {{input.NAME}}} values. Nothing
 * goes out with a placeholder left: a missing value is an error naming it. Values are inserted as
 * plain text (no HTML escaping: platforms escape for themselves).
 */
public final class MacroRenderer {
    private static final Pattern LEFTOVER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false).strictSections(true);

    private final Library library;

    public MacroRenderer(Library library) {
        this.library = library;
    }

    private static final Pattern INPUT = Pattern.compile("\\{\\{\\s*input\\.([\\w-]+)\\s*}}");

    /** Values the agent must fill before {@code macro} can be sent ({{input.NAME}}), in order of first use. */
    public static List<String> inputsOf(Macro macro) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = INPUT.matcher(macro.template());
        while (m.find()) names.add(m.group(1));
        return List.copyOf(names);
    }

    /**
     * Renders {@code template} (the macro's, or the agent's edit of it). The leftover check looks at
     * the template's own text: a value that contains braces (a customer called "{{x}}") is data and
     * goes out as typed; it cannot block the reply.
     */
    public String render(String template, String customerName, String agentName, long ticketId, Map<String, String> inputs) {
        String text = execute(template, customerName, agentName, ticketId, inputs);
        Map<String, String> blankInputs = new HashMap<>();
        inputs.forEach((k, v) -> blankInputs.put(k, v == null || v.isBlank() ? v : "x"));
        String skeleton = execute(template, "x", "x", ticketId, blankInputs);
        if (LEFTOVER.matcher(skeleton).find()) throw new CommandException("The reply still has an unfilled placeholder: " + skeleton);
        return text.strip();
    }

    private String execute(String template, String customerName, String agentName, long ticketId, Map<String, String> inputs) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("customer", Map.of("name", customerName));
        ctx.put("agent", Map.of("name", agentName));
        ctx.put("ticket", Map.of("id", String.valueOf(ticketId)));
        Map<String, String> docs = new HashMap<>();
        for (String key : library.docKeys()) docs.put(key, library.doc(key).orElseThrow().url());
        ctx.put("doc", docs);
        Map<String, String> filled = new HashMap<>();
        inputs.forEach((k, v) -> {
            if (v != null && !v.isBlank()) filled.put(k, v.trim());
        });
        ctx.put("input", filled);
        String text;
        try {
            text = COMPILER.compile(template).execute(ctx);
        } catch (MustacheException.Context e) {
            throw new CommandException("Fill in " + e.key.replace("input.", "") + " first (the reply has {{" + e.key + "}}).");
        } catch (MustacheException e) {
            throw new CommandException("The reply cannot be rendered: " + e.getMessage());
        }
        return text;
    }
}
