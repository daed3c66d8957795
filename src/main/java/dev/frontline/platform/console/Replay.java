package dev.frontline.platform.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontline.core.team.Team;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Feeds a transcript (JSON lines, see {@link ReplayLine}) through the whole bot with a simulated
 * clock. Before each line, scheduled work due by the line's time runs. The bot's actions are
 * printed by the session's platform; a bad line is reported on {@code err} and skipped.
 */
public final class Replay {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BotSession session;
    private final SimulatedClock clock;
    private final ReplayLine parser;
    private final PrintStream err;

    public Replay(BotSession session, SimulatedClock clock, Team team, PrintStream err) {
        this.session = session;
        this.clock = clock;
        this.parser = new ReplayLine(team, session.platform());
        this.err = err;
    }

    /** Replays every line; returns the number of lines that could not be used. */
    public int run(BufferedReader in) throws IOException {
        int bad = 0;
        int lineNo = 0;
        String raw;
        while ((raw = in.readLine()) != null) {
            lineNo++;
            if (raw.isBlank() || raw.trim().startsWith("//")) continue;
            try {
                JsonNode node = JSON.readTree(raw);
                ReplayLine.Parsed parsed = parser.parse(node, messageId(node, lineNo));
                clock.advanceTo(parsed.at());
                session.tick(clock.instant());
                if (parsed.inbound() != null) session.deliver(eventKey(raw, lineNo), parsed.inbound());
            } catch (IOException | RuntimeException e) {
                bad++;
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("line", lineNo);
                error.put("error", e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0]);
                err.println(JSON.writeValueAsString(error));
            }
        }
        return bad;
    }

    /**
     * The line's event key: its number and its content, so replaying the same transcript into the
     * same data again is recognised as the same events (nothing happens twice).
     */
    private static String eventKey(String raw, int lineNo) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(raw.trim().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "console:replay:" + lineNo + ":" + java.util.HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message id unique in time like a Slack ts: the line's epoch milliseconds and line number. */
    private static String messageId(JsonNode node, int lineNo) {
        if (node.hasNonNull("id")) return node.get("id").asText();
        String at = node.path("at").asText("");
        try {
            return java.time.OffsetDateTime.parse(at).toInstant().toEpochMilli() + "." + lineNo;
        } catch (RuntimeException e) {
            return "line" + lineNo;
        }
    }
}
