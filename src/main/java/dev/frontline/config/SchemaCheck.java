package dev.frontline.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares a YAML tree with the config record it should bind to and reports every unknown key
 * (with a "did you mean" hint) and every missing {@link Required} key, each at its own line —
 * Jackson alone would stop at the first.
 */
public final class SchemaCheck {
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private SchemaCheck() {}

    public static void check(YamlFile file, JsonNode node, String pointer, Type type, Problems problems) {
        if (node == null || node.isMissingNode() || node.isNull()) return;
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            if (!node.isObject()) {
                problems.add(file, pointer, "expected a mapping of keys here", "indent the keys under this line");
                return;
            }
            RecordComponent[] components = raw.getRecordComponents();
            List<String> known = new ArrayList<>();
            for (RecordComponent rc : components) known.add(SNAKE.translate(rc.getName()));
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!known.contains(f.getKey())) {
                    problems.add(file, pointer + "/" + f.getKey(), "unknown key '" + f.getKey() + "'", hint(f.getKey(), known));
                }
            }
            for (RecordComponent rc : components) {
                String key = SNAKE.translate(rc.getName());
                JsonNode child = node.get(key);
                if (child == null || child.isNull()) {
                    if (rc.isAnnotationPresent(Required.class)) {
                        problems.add(file, pointer, "missing required key '" + key + "'", "add '" + key + ":' here");
                    }
                } else {
                    check(file, child, pointer + "/" + key, rc.getGenericType(), problems);
                }
            }
        } else if (List.class.isAssignableFrom(raw) && node.isArray()) {
            Type element = typeArgument(type, 0);
            for (int i = 0; i < node.size(); i++) check(file, node.get(i), pointer + "/" + i, element, problems);
        } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
            Type value = typeArgument(type, 1);
            node.fields().forEachRemaining(f -> check(file, f.getValue(), pointer + "/" + f.getKey(), value, problems));
        }
    }

    private static String hint(String key, List<String> known) {
        return TextDistance.closest(key, known, Math.max(2, key.length() / 3))
                .map(k -> "did you mean '" + k + "'?")
                .orElse("known keys: " + String.join(", ", known));
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
