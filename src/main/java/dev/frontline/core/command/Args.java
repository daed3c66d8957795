package dev.frontline.core.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Command arguments split into plain words and {@code name=value} / {@code name="two words"} pairs. */
public record Args(List<String> words, Map<String, String> values) {
    private static final Pattern TOKEN = Pattern.compile("([\\w.-]+)=(\"([^\"]*)\"|'([^']*)'|(\\S*))|(\\S+)");

    public static Args parse(String text) {
        List<String> words = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            if (m.group(6) != null) {
                words.add(m.group(6));
            } else {
                String v = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                values.put(m.group(1), v);
            }
        }
        return new Args(List.copyOf(words), values);
    }

    /** The words from index {@code from} on, joined by spaces. */
    public String rest(int from) {
        return from >= words.size() ? "" : String.join(" ", words.subList(from, words.size()));
    }
}
