package dev.frontline.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads {@code bot-config/trial/rubric.yaml} and {@code tickets.yaml}. The trial is optional: no
 * {@code trial/} folder means no trials. Problems are reported as {@code file:line}.
 */
public final class TrialConfigLoader {
    public static final String DIR = "trial";

    private TrialConfigLoader() {}

    /**
     * @param knownMacro    tells whether a macro id exists in the answer bank (to check expected_macros)
     * @param knownCategory tells whether an escalation category exists
     * @throws ConfigException listing every problem
     */
    public static Optional<TrialConfig> load(Path configDir, Predicate<String> knownMacro, Predicate<String> knownCategory) {
        Path dir = configDir.resolve(DIR);
        if (!Files.isDirectory(dir)) return Optional.empty();
        Problems problems = new Problems();
        Optional<TrialConfig.Rubric> rubric = ConfigLoader.read(dir, "rubric.yaml", TrialConfig.Rubric.class, problems,
                (file, r) -> validateRubric(file, r, problems));
        List<TrialConfig.SampleTicket> tickets = readTickets(dir, problems, knownMacro, knownCategory);
        problems.throwIfAny();
        return Optional.of(new TrialConfig(rubric.orElseThrow(), tickets));
    }

    private static void validateRubric(YamlFile file, TrialConfig.Rubric r, Problems problems) {
        for (String item : r.weights().keySet()) {
            if (!TrialConfig.RUBRIC_ITEMS.contains(item)) {
                problems.add(file, "/weights/" + item, "unknown rubric item '" + item + "'",
                        TextDistance.closest(item, TrialConfig.RUBRIC_ITEMS, 4).map(i -> "did you mean '" + i + "'?")
                                .orElse("use " + String.join(", ", TrialConfig.RUBRIC_ITEMS)));
            } else if (r.weights().get(item) == null || r.weights().get(item) < 0) {
                problems.add(file, "/weights/" + item, "weight of " + item + " must be 0 or more", null);
            }
        }
        if (r.weights().values().stream().mapToInt(w -> w == null ? 0 : w).sum() <= 0) {
            problems.add(file, "/weights", "the weights add up to nothing", "give at least one rubric item a weight");
        }
        if (r.passMark() < 0 || r.passMark() > 100) {
            problems.add(file, "/pass_mark", "pass_mark must be between 0 and 100", null);
        }
        if (r.timeTarget().isZero() || r.timeTarget().isNegative()) {
            problems.add(file, "/time_target", "time_target must be longer than zero", "e.g. time_target: 8m");
        }
        if (r.toneSimilarity() != null && (r.toneSimilarity() <= 0 || r.toneSimilarity() > 1)) {
            problems.add(file, "/tone_similarity", "tone_similarity must be between 0 and 1", "e.g. 0.5");
        }
    }

    private static List<TrialConfig.SampleTicket> readTickets(Path dir, Problems problems, Predicate<String> knownMacro,
                                                              Predicate<String> knownCategory) {
        String display = ConfigLoader.displayName(dir, "tickets.yaml");
        YamlFile file;
        try {
            file = YamlFile.read(dir.resolve("tickets.yaml"), display);
        } catch (NoSuchFileException e) {
            problems.add(new ConfigProblem(display, 1, "file is missing", "list the trial's sample tickets here"));
            return List.of();
        } catch (IOException e) {
            problems.add(new ConfigProblem(display, 1, "cannot read: " + e.getMessage(), null));
            return List.of();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return List.of();
        }
        JsonNode root = file.root();
        if (!root.isArray()) {
            problems.add(file, "", "expected a list of sample tickets", "start each ticket with '- id: …'");
            return List.of();
        }
        List<TrialConfig.SampleTicket> tickets = new java.util.ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            String at = "/" + i;
            Problems local = new Problems();
            SchemaCheck.check(file, root.get(i), at, TrialConfig.SampleTicket.class, local);
            Optional<TrialConfig.SampleTicket> t = local.isEmpty()
                    ? Yaml.bind(file, root.get(i), at, TrialConfig.SampleTicket.class, local) : Optional.empty();
            problems.addAll(local.list());
            if (t.isEmpty()) continue;
            TrialConfig.SampleTicket ticket = t.get();
            if (!ids.add(ticket.id())) problems.add(file, at + "/id", "two sample tickets are called '" + ticket.id() + "'", "ids must be unique");
            List<String> macros = ticket.expectedMacros() == null ? List.of() : ticket.expectedMacros();
            for (int j = 0; j < macros.size(); j++) {
                if (!knownMacro.test(macros.get(j))) {
                    problems.add(file, at + "/expected_macros/" + j, "unknown macro '" + macros.get(j) + "'",
                            "use the file name (without .md) of a macro in macros/");
                }
            }
            if (ticket.escalate() != null && !knownCategory.test(ticket.escalate())) {
                problems.add(file, at + "/escalate", "unknown escalation category '" + ticket.escalate() + "'",
                        "use a category from bot-config/escalation.yaml");
            }
            tickets.add(ticket);
        }
        if (tickets.size() < 1) problems.add(file, "", "no sample tickets", "add 6-10 sample tickets");
        return tickets;
    }
}
