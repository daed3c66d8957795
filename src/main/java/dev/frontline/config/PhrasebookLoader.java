package dev.frontline.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code bot-config/escalation/<category>.txt}: one customer phrasing per line; blank lines and
 * lines starting with {@code #} are skipped. Every problem is reported as {@code file:line} and the
 * offending line (or file) is left out, so a typo costs one phrasing, never the bot's start.
 */
public final class PhrasebookLoader {
    /** Longer than any chat message a Tier 1 agent reads at a glance; usually a pasted paragraph by mistake. */
    static final int MAX_CHARS = 400;
    /** Categories that are not about what a customer writes, so they take no phrasings. */
    static final Set<String> NOT_TEXT = Set.of("stuck");

    private PhrasebookLoader() {}

    public record Result(Phrasebook phrasebook, List<ConfigProblem> problems) {}

    /**
     * @param configDir  the config folder; its {@code escalation/} subfolder is optional
     * @param categories the categories of escalation.yaml; {@code none} is always known
     */
    public static Result load(Path configDir, Set<String> categories) {
        Path dir = configDir.resolve(Phrasebook.FOLDER);
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) return new Result(Phrasebook.empty(), problems.list());
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            problems.add(new ConfigProblem(dir.toString(), 1, "cannot list: " + e.getMessage(), null));
        }
        files.sort(null);
        Map<String, List<Phrasebook.Line>> lines = new TreeMap<>();
        Map<String, Phrasebook.Line> seen = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String display = ConfigLoader.displayName(dir, name);
            if (Files.isDirectory(file) || name.startsWith(".")) continue;
            if (!name.endsWith(".txt")) {
                problems.add(new ConfigProblem(display, 1, "not a phrasebook file", "name it <category>.txt, e.g. chargeback.txt or none.txt"));
                continue;
            }
            String category = name.substring(0, name.length() - 4);
            if (NOT_TEXT.contains(category)) {
                problems.add(new ConfigProblem(display, 1, "'" + category + "' is detected from the ticket's timing, not from phrasings",
                        "remove this file"));
                continue;
            }
            if (!category.equals(Phrasebook.NONE) && !categories.contains(category)) {
                problems.add(new ConfigProblem(display, 1, "unknown escalation category '" + category + "'",
                        "use a category of escalation.yaml (" + String.join(", ", new java.util.TreeSet<>(categories)) + ") or none"
                                + TextDistance.closest(category, withNone(categories), 2).map(c -> "; did you mean " + c + ".txt?").orElse("")));
                continue;
            }
            read(file, display, category, lines, seen, problems);
        }
        return new Result(new Phrasebook(lines), problems.list());
    }

    private static void read(Path file, String display, String category, Map<String, List<Phrasebook.Line>> lines,
                             Map<String, Phrasebook.Line> seen, Problems problems) {
        List<String> raw;
        try {
            raw = List.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().split("\r?\n", -1));
        } catch (CharacterCodingException e) {
            problems.add(new ConfigProblem(display, 1, "not UTF-8 text", "save the file as UTF-8"));
            return;
        } catch (IOException e) {
            problems.add(new ConfigProblem(display, 1, "cannot read: " + e.getMessage(), null));
            return;
        }
        List<Phrasebook.Line> out = lines.computeIfAbsent(category, k -> new ArrayList<>());
        for (int i = 0; i < raw.size(); i++) {
            int lineNo = i + 1;
            String text = raw.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            String problem = problem(text);
            if (problem != null) {
                problems.add(new ConfigProblem(display, lineNo, problem, "one customer phrasing per line, as they would write it"));
                continue;
            }
            String key = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Phrasebook.Line line = new Phrasebook.Line(category, text, display, lineNo);
            Phrasebook.Line before = seen.putIfAbsent(key, line);
            if (before != null) {
                boolean same = before.category().equals(category);
                problems.add(new ConfigProblem(display, lineNo, same
                        ? "duplicate of " + before.file() + ":" + before.line()
                        : "the same phrasing is labelled '" + before.category() + "' at " + before.file() + ":" + before.line(),
                        same ? "remove one of them" : "keep it in one category only"));
                continue;
            }
            out.add(line);
        }
    }

    /** What is wrong with one phrasing, or null. */
    static String problem(String text) {
        if (text.codePointCount(0, text.length()) > MAX_CHARS) return "phrasing is longer than " + MAX_CHARS + " characters";
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) return "phrasing contains control characters";
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) return "phrasing has no words";
        if (text.startsWith("- ") || text.matches("^[\"'].*[\"']$")) {
            return "write the phrasing itself, without a list dash or quotes";
        }
        return null;
    }

    private static List<String> withNone(Set<String> categories) {
        List<String> all = new ArrayList<>(categories);
        all.add(Phrasebook.NONE);
        return all;
    }
}
