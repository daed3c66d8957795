package dev.frontline.platform.discord;

/**
 * Discord's size limits, cut on code-point boundaries. Mentions need no escaping: every message is
 * sent with no allowed mentions (see {@link DiscordLauncher}), so "@everyone" in customer text is
 * shown, not obeyed.
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

    static String cut(String text, int max) {
        if (text == null || text.isEmpty()) return "\u200b";
        if (text.codePointCount(0, text.length()) <= max) return text;
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
