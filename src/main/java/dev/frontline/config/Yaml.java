package dev.frontline.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The one YAML mapper: snake_case keys, java.time types, friendly durations ("4h", "30m", "2d"). */
public final class Yaml {
    public static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addDeserializer(Duration.class, new DurationDeserializer()))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

    private Yaml() {}

    /**
     * Binds {@code node} (a part of {@code file} at {@code pointer}) to {@code type}; a type error
     * becomes a problem at the offending line and the result is empty.
     */
    public static <T> Optional<T> bind(YamlFile file, JsonNode node, String pointer, Class<T> type, Problems problems) {
        try {
            return Optional.ofNullable(MAPPER.treeToValue(node, type));
        } catch (JsonMappingException e) {
            StringBuilder path = new StringBuilder(pointer);
            for (JsonMappingException.Reference ref : e.getPath()) {
                path.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
            }
            problems.add(file, path.toString(), "wrong value: " + e.getOriginalMessage().split("\n")[0],
                    "check the type expected here");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, pointer, "cannot read: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /** Parses "90s", "30m", "4h", "2d", "1h30m" or ISO-8601 ("PT4H"). */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase();
        if (t.startsWith("p")) return Duration.parse(t.toUpperCase());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(d|h|m|min|s)").matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (!t.substring(end, m.start()).isBlank()) throw new IllegalArgumentException("not a duration: " + text);
            double n = Double.parseDouble(m.group(1));
            long seconds = switch (m.group(2)) {
                case "d" -> Math.round(n * 86400);
                case "h" -> Math.round(n * 3600);
                case "m", "min" -> Math.round(n * 60);
                default -> Math.round(n);
            };
            total = total.plusSeconds(seconds);
            end = m.end();
            any = true;
        }
        if (!any || !t.substring(end).isBlank()) throw new IllegalArgumentException("not a duration: " + text + " (use e.g. 30m, 4h, 2d)");
        return total;
    }

    static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String text = p.getValueAsString();
            try {
                return parseDuration(text);
            } catch (RuntimeException e) {
                throw JsonMappingException.from(p, "'" + text + "' is not a duration; use e.g. 30m, 4h, 2d");
            }
        }
    }
}
