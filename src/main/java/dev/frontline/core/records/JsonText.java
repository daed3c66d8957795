package dev.frontline.core.records;

import java.util.List;
import java.util.Map;

/** Just enough JSON writing for the privacy file, so the core needs no JSON library. */
final class JsonText {
    private JsonText() {}

    /** Strings, numbers, booleans, null, lists and maps (insertion order kept). */
    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, "");
        return b.toString();
    }

    private static void write(Object v, StringBuilder b, String indent) {
        if (v == null) b.append("null");
        else if (v instanceof Number || v instanceof Boolean) b.append(v);
        else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(indent).append("  ");
                string(String.valueOf(e.getKey()), b);
                b.append(": ");
                write(e.getValue(), b, indent + "  ");
                b.append(++i < m.size() ? ",\n" : "\n");
            }
            b.append(indent).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                b.append(indent).append("  ");
                write(l.get(i), b, indent + "  ");
                b.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            b.append(indent).append(']');
        } else string(String.valueOf(v), b);
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
