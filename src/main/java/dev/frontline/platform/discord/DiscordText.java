package dev.frontline.platform.discord;

/**
 * Discord's size limits, cut on code-point boundaries, and customer text made inert. Mentions need
 * no escaping: every message is sent with no allowed mentions (see {@link DiscordLauncher}), so
 * "@everyone" in customer text is shown, not obeyed. Markdown masked links ({@code [text](url)})
 * would let a customer put a fake link in the bot's own message: their brackets are escaped, so the
 * text shows as typed.
 */
final class DiscordText {
    static final int MESSAGE_LIMIT = 2000;
    static final int EMBED_TITLE = 256;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int EMBED_FOOTER = 2048;
    static final int EMBED_FIELDS = 25;
    static final int BUTTON_LABEL = 80;
    static final int MODAL_TITLE = 45;
    static final int INPUT_LABEL = 45;
    static final int INPUT_VALUE = 4000;

    private DiscordText() {}

    private static final java.util.regex.Pattern MASKED_LINK = java.util.regex.Pattern.compile("\\[([^\\]\\n]*)\\]\\(");

    /** {@code [text](url)} shown as typed, not as a link. */
    static String inert(String text) {
        if (text == null || text.indexOf("](") < 0) return text;
        return MASKED_LINK.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("\\[" + m.group(1) + "\\]("));
    }

    static String cut(String text, int max) {
        if (text == null || text.isEmpty()) return "\u200b";
        if (text.codePointCount(0, text.length()) <= max) return text;
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
