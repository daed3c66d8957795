package dev.frontline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One case the bot got wrong, for {@code eval --misses FILE}: what kind of mistake, the text, what
 * was expected, what the bot did, and the evidence it would have shown.
 *
 * @param kind {@code escalation} (flagged or not as it should not be), {@code category} (escalated under
 *             another category), or {@code macro} (wrong best macro, or "nothing fits" wrongly)
 */
public record Miss(String kind, String text, String expected, String got, String evidence) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", kind);
        o.put("text", text);
        o.put("expected", expected);
        o.put("got", got);
        o.put("evidence", evidence);
        return o.toString();
    }
}
