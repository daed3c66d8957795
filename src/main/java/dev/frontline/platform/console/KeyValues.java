package dev.frontline.platform.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code name=value name2="two words"} as typed at the console. */
final class KeyValues {
    private static final Pattern PAIR = Pattern.compile("([\\w.-]+)=(\"([^\"]*)\"|'([^']*)'|(\\S*))");

    private KeyValues() {}

    static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            String v = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            values.put(m.group(1), v);
        }
        return values;
    }
}
