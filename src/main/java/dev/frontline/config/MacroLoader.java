package dev.frontline.config;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.frontline.core.model.Macro;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the answer bank: every {@code macros/<id>.md} is YAML front matter between {@code ---}
 * lines, then the reply template. Checks each macro (title, examples, doc keys, escalation
 * category, template syntax and placeholders) and reports problems as {@code file:line}.
 */
public final class MacroLoader {
    /** Ids go into button ids ("sug:12:<id>"), where ":" separates parts and spaces are not allowed. */
    private static final Pattern ID = Pattern.compile("[^\\s:]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}#^/!>&{\\s][^}\\s]*)\\s*}}");
    private static final Set<String> FIXED = Set.of("customer.name", "agent.name", "ticket.id");

    private MacroLoader() {}

    /** The macros and the problems found; a macro with problems is left out. */
    public record Result(List<Macro> macros, List<ConfigProblem> problems) {}

    /**
     * @param docKeys    keys defined in bot-config/docs.yaml, or null to skip checking doc keys (benchmarks)
     * @param categories escalation categories that exist
     */
    public static Result load(Path dir, Set<String> docKeys, Predicate<String> categories) {
        List<Macro> macros = new ArrayList<>();
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.add(new ConfigProblem(dir.toString(), 1, "the answer bank folder is missing", "point --macros at a folder of <id>.md files"));
            return new Result(macros, problems.list());
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.md")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            problems.add(new ConfigProblem(dir.toString(), 1, "cannot list: " + e.getMessage(), null));
        }
        files.sort(null);
        for (Path file : files) {
            read(file, ConfigLoader.displayName(dir, file.getFileName().toString()), docKeys, categories, problems)
                    .ifPresent(macros::add);
        }
        return new Result(macros, problems.list());
    }

    static Optional<Macro> read(Path file, String display, Set<String> docKeys, Predicate<String> categories, Problems problems) {
        String id = file.getFileName().toString().replaceFirst("\\.md$", "");
        String text;
        try {
            text = Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            problems.add(new ConfigProblem(display, 1, "cannot read: " + e.getMessage(), null));
            return Optional.empty();
        }
        if (!ID.matcher(id).matches()) {
            problems.add(new ConfigProblem(display, 1, "macro id '" + id + "' (the file name) may not contain spaces or ':'", "rename the file, e.g. refund-request.md"));
        }
        if (!text.startsWith("---\n")) {
            problems.add(new ConfigProblem(display, 1, "missing front matter", "start the file with a '---' line, the YAML keys, and another '---' line"));
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            problems.add(new ConfigProblem(display, 1, "the front matter is not closed", "add a '---' line after the YAML keys"));
            return Optional.empty();
        }
        String yaml = text.substring(4, end + 1);
        int bodyStart = text.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1).strip();
        int bodyLine = (int) text.substring(0, Math.max(0, bodyStart + 1)).chars().filter(c -> c == '\n').count() + 1;

        Problems local = new Problems();
        Optional<MacroFile> front;
        try {
            YamlFile y = YamlFile.parse(yaml, display, 1);
            SchemaCheck.check(y, y.root(), "", MacroFile.class, local);
            front = local.isEmpty() ? Yaml.bind(y, y.root(), "", MacroFile.class, local) : Optional.empty();
            front.ifPresent(m -> validate(y, m, docKeys, categories, local));
        } catch (ConfigException e) {
            local.addAll(e.problems());
            front = Optional.empty();
        }
        if (body.isEmpty()) local.add(new ConfigProblem(display, bodyLine, "the reply template is empty", "write the reply after the front matter"));
        else checkTemplate(body, display, bodyLine, front.map(MacroFile::docs).orElse(List.of()), docKeys, local);
        problems.addAll(local.list());
        if (!local.isEmpty() || front.isEmpty()) return Optional.empty();
        MacroFile m = front.get();
        return Optional.of(new Macro(id, m.title(), m.examples(), m.tags(), m.docs(), m.escalate(), m.tier(), body, Boolean.TRUE.equals(m.grantsRefund())));
    }

    private static void validate(YamlFile y, MacroFile m, Set<String> docKeys, Predicate<String> categories, Problems problems) {
        if (m.title().isBlank()) problems.add(y, "/title", "the title is empty", "give the macro a short title");
        if (m.examples().isEmpty()) {
            problems.add(y, "/examples", "no examples", "list at least one customer phrasing this macro answers");
        }
        for (int i = 0; i < m.examples().size(); i++) {
            if (m.examples().get(i) == null || m.examples().get(i).isBlank()) problems.add(y, "/examples/" + i, "empty example", null);
        }
        List<String> docs = m.docs() == null ? List.of() : m.docs();
        for (int i = 0; i < docs.size(); i++) {
            if (docKeys != null && !docKeys.contains(docs.get(i))) {
                problems.add(y, "/docs/" + i, "unknown doc key '" + docs.get(i) + "'",
                        TextDistance.closest(docs.get(i), docKeys, 3).map(k -> "did you mean '" + k + "'?")
                                .orElse("define it in bot-config/docs.yaml"));
            }
        }
        if (m.escalate() != null && !categories.test(m.escalate())) {
            problems.add(y, "/escalate", "unknown escalation category '" + m.escalate() + "'", "use a category from bot-config/escalation.yaml");
        }
        if (m.tier() != null && dev.frontline.core.model.Tier.parse(m.tier()).isEmpty()) {
            problems.add(y, "/tier", "unknown tier '" + m.tier() + "'", "use 1, 2, 3 or specialized");
        }
    }

    private static void checkTemplate(String body, String display, int bodyLine, List<String> macroDocs, Set<String> docKeys,
                                      Problems problems) {
        try {
            Template t = Mustache.compiler().compile(body);
            if (t == null) throw new MustacheException("empty");
        } catch (MustacheException e) {
            problems.add(new ConfigProblem(display, bodyLine, "template syntax: " + e.getMessage(), "close every {{ with }}"));
            return;
        }
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            String name = m.group(1);
            int line = bodyLine + (int) body.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            if (FIXED.contains(name) || name.startsWith("input.") && name.length() > 6) continue;
            if (name.startsWith("doc.")) {
                String key = name.substring(4);
                if (docKeys != null && !docKeys.contains(key)) {
                    problems.add(new ConfigProblem(display, line, "unknown doc key '" + key + "' in {{" + name + "}}", "define it in bot-config/docs.yaml"));
                }
                continue;
            }
            problems.add(new ConfigProblem(display, line, "unknown placeholder {{" + name + "}}",
                    "use customer.name, agent.name, ticket.id, doc.KEY or input.NAME"));
        }
    }


}
