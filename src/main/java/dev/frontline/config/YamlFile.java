package dev.frontline.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document as a tree plus the line of every node, so problems found after parsing can
 * still name {@code file:line}. Lines are keyed by JSON pointer ({@code /team/0/role}).
 */
public final class YamlFile {
    private final String displayName;
    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final int lineOffset;

    private YamlFile(String displayName, JsonNode root, Map<String, Integer> lines, int lineOffset) {
        this.displayName = displayName;
        this.root = root;
        this.lines = lines;
        this.lineOffset = lineOffset;
    }

    /** Reads {@code path}; {@code displayName} is how problems name it (e.g. {@code bot-config/coverage.yaml}). */
    public static YamlFile read(Path path, String displayName) throws IOException, ConfigException {
        return parse(Files.readString(path), displayName, 0);
    }

    /**
     * Parses YAML text. {@code lineOffset} is added to every line, for YAML embedded in a larger
     * file (macro front matter starts on line 2).
     */
    public static YamlFile parse(String text, String displayName, int lineOffset) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = Yaml.MAPPER.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.FIELD_NAME || !lines.containsKey(pointer)) {
                    lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr() + lineOffset);
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + lineOffset;
            throw new ConfigException(java.util.List.of(new ConfigProblem(displayName, line,
                    "not valid YAML: " + e.getOriginalMessage(), "check indentation and quoting near this line")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JsonNode root;
        try {
            root = text.isBlank() ? MissingNode.getInstance() : Yaml.MAPPER.readTree(text);
            if (root == null) root = MissingNode.getInstance();
        } catch (IOException e) {
            throw new ConfigException(java.util.List.of(new ConfigProblem(displayName, 1 + lineOffset, "not valid YAML: " + e.getMessage(), null)));
        }
        return new YamlFile(displayName, root, lines, lineOffset);
    }

    public String displayName() {
        return displayName;
    }

    public JsonNode root() {
        return root;
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor that has one. */
    public int lineOf(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) return line;
            if (p.isEmpty()) return 1 + lineOffset;
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    static YAMLFactory factory() {
        return (YAMLFactory) Yaml.MAPPER.getFactory();
    }
}
