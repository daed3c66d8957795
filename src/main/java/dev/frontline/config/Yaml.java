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

    /**
     * As {@link #bind}, but a type error does not hide the others: when the whole does not bind, each
     * field of a record (and each element of a list of records) is bound on its own, so every wrong
     * value is reported with its line. The result is empty when anything was wrong.
     */
    public static <T> Optional<T> bindReportingAll(YamlFile file, JsonNode node, String pointer, Class<T> type, Problems problems) {
        Problems first = new Problems();
        Optional<T> whole = bind(file, node, pointer, type, first);
        if (whole.isPresent()) return whole;
        Problems each = new Problems();
        bindParts(file, node, pointer, MAPPER.getTypeFactory().constructType(type), each, 0);
        problems.addAll(each.isEmpty() ? first.list() : each.list());
        return Optional.empty();
    }

    private static void bindParts(YamlFile file, JsonNode node, String pointer, com.fasterxml.jackson.databind.JavaType type,
                                  Problems problems, int depth) {
        Class<?> raw = type.getRawClass();
        if (depth < 4 && raw.isRecord() && node.isObject()) {
            for (java.lang.reflect.RecordComponent c : raw.getRecordComponents()) {
                String key = PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(c.getName());
                JsonNode child = node.get(key);
                if (child == null || child.isNull()) continue;
                bindParts(file, child, pointer + "/" + key, MAPPER.getTypeFactory().constructType(c.getGenericType()), problems, depth + 1);
            }
            return;
        }
        if (depth < 4 && type.isCollectionLikeType() && node.isArray()) {
            for (int i = 0; i < node.size(); i++) bindParts(file, node.get(i), pointer + "/" + i, type.getContentType(), problems, depth + 1);
            return;
        }
        if (depth < 4 && type.isMapLikeType() && node.isObject()) {
            node.fields().forEachRemaining(e -> bindParts(file, e.getValue(), pointer + "/" + e.getKey(), type.getContentType(), problems, depth + 1));
            return;
        }
        try {
            MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            StringBuilder path = new StringBuilder(pointer);
            for (JsonMappingException.Reference ref : e.getPath()) {
                path.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
            }
            problems.add(file, path.toString(), "wrong value: " + e.getOriginalMessage().split("\n")[0], "check the type expected here");
        } catch (IOException e) {
            problems.add(file, pointer, "cannot read: " + e.getMessage(), null);
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
