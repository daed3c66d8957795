package dev.frontline.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates {@code bot-config/}. Collects every problem in every file before failing, so
 * {@code check} can list them all at once.
 */
public final class ConfigLoader {
    public static final String MAIN_FILE = "frontline.yaml";
    public static final String COVERAGE_FILE = "coverage.yaml";
    public static final String DOCS_FILE = "docs.yaml";
    public static final String GLOSSARY_FILE = "glossary.yaml";
    public static final String ESCALATION_FILE = "escalation.yaml";

    private ConfigLoader() {}

    /** @throws ConfigException listing every problem found */
    public static BotConfig load(Path dir) {
        Problems problems = new Problems();
        YamlFile[] mainFile = new YamlFile[1];
        Optional<FrontlineConfig> main = read(dir, MAIN_FILE, FrontlineConfig.class, problems, (file, cfg) -> {
            mainFile[0] = file;
            FrontlineValidator.validate(file, cfg, problems);
        });
        Optional<CoverageConfig> coverage = read(dir, COVERAGE_FILE, CoverageConfig.class, problems,
                (file, cfg) -> CoverageValidator.validate(file, cfg, problems));
        Optional<DocsConfig> docs = exists(dir, DOCS_FILE)
                ? read(dir, DOCS_FILE, DocsConfig.class, problems, (file, cfg) -> DocsValidator.validate(file, cfg, problems))
                : Optional.of(new DocsConfig(java.util.Map.of()));
        Optional<GlossaryConfig> glossary = exists(dir, GLOSSARY_FILE)
                ? read(dir, GLOSSARY_FILE, GlossaryConfig.class, problems, (file, cfg) -> { })
                : Optional.of(new GlossaryConfig(java.util.Map.of()));
        Optional<EscalationConfig> escalation = read(dir, ESCALATION_FILE, EscalationConfig.class, problems,
                (file, cfg) -> EscalationValidator.validate(file, cfg, problems));
        if (main.isPresent() && escalation.isPresent()) {
            FrontlineValidator.checkUrgentCategories(mainFile[0], main.get(), escalation.get().categories().keySet(), problems);
        }
        problems.throwIfAny();
        return new BotConfig(dir, main.orElseThrow(), coverage.orElseThrow(), docs.orElseThrow(), glossary.orElseThrow(),
                escalation.orElseThrow());
    }

    interface Validator<T> {
        void validate(YamlFile file, T config);
    }

    /** Reads one YAML file of {@code dir} into {@code type}, checking keys, types, then {@code validator}. */
    public static <T> Optional<T> read(Path dir, String name, Class<T> type, Problems problems, Validator<T> validator) {
        String display = displayName(dir, name);
        YamlFile file;
        try {
            file = YamlFile.read(dir.resolve(name), display);
        } catch (NoSuchFileException e) {
            problems.add(new ConfigProblem(display, 1, "file is missing", "copy it from the repository's bot-config/"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new ConfigProblem(display, 1, "cannot read: " + e.getMessage(), null));
            return Optional.empty();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
        JsonNode root = file.root();
        if (root.isMissingNode() || !root.isObject()) {
            problems.add(file, "", "expected a YAML mapping at the top of the file", "see the example in the repository");
            return Optional.empty();
        }
        Problems local = new Problems();
        SchemaCheck.check(file, root, "", type, local);
        // An unknown key is reported and ignored, never a reason to skip the rest of the file: binding and
        // the validator still run, so every problem of the file is reported at once.
        Optional<T> value = Yaml.bindReportingAll(file, root, "", type, local);
        problems.addAll(local.list());
        try {
            value.ifPresent(v -> validator.validate(file, v));
        } catch (RuntimeException e) {
            // A validator may trip over what the schema check already reported (a required key missing).
            if (local.isEmpty()) throw e;
        }
        return value;
    }

    /** The doc keys of {@code docs.yaml} if that file reads on its own, else null (unknown: nothing to check macros against). */
    public static java.util.Set<String> docKeysIfReadable(Path dir) {
        if (!exists(dir, DOCS_FILE)) return java.util.Set.of();
        return read(dir, DOCS_FILE, DocsConfig.class, new Problems(), (file, cfg) -> { })
                .map(d -> d.docs() == null ? java.util.Set.<String>of() : d.docs().keySet()).orElse(null);
    }

    /** The escalation categories if {@code escalation.yaml} reads on its own. */
    public static Optional<java.util.Set<String>> categoriesIfReadable(Path dir) {
        return read(dir, ESCALATION_FILE, EscalationConfig.class, new Problems(), (file, cfg) -> { })
                .map(e -> e.categories() == null ? java.util.Set.<String>of() : e.categories().keySet());
    }

    /** How problems name a file: relative to the working directory when possible. */
    public static String displayName(Path dir, String name) {
        Path p = dir.resolve(name);
        try {
            Path cwd = Path.of("").toAbsolutePath();
            Path abs = p.toAbsolutePath().normalize();
            return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
        } catch (RuntimeException e) {
            return p.toString();
        }
    }

    static boolean exists(Path dir, String name) {
        return Files.exists(dir.resolve(name));
    }

    static final List<String> PLATFORMS = List.of("console", "slack", "discord");
}
