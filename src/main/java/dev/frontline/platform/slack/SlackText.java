package dev.frontline.platform.slack;

/**
 * Text as Slack shows it safely. Every text the core hands over may contain customer words, so all
 * of it is escaped ({@code & < >}): {@code <!channel>}, {@code <@U…>} and {@code <http://x|fake>}
 * stay inert. Lengths are cut on code-point boundaries, never inside a character.
 */
final class SlackText {
    /** Slack's limit for a section block's text. */
    static final int SECTION_LIMIT = 3000;
    /** Slack's limit for a message's top-level text (used as notification fallback). */
    static final int MESSAGE_LIMIT = 3000;
    static final int BLOCK_LIMIT = 50;

    private SlackText() {}

    static String escape(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escapes, then truncates to {@code max} characters (as Slack counts them) with an ellipsis. */
    static String safe(String text, int max) {
        return truncate(escape(text), max);
    }

    static String truncate(String text, int max) {
        if (text == null) return "";
        if (text.codePointCount(0, text.length()) <= max) return text;
        int end = text.offsetByCodePoints(0, max - 1);
        // Never end in the middle of an escape such as "&amp;".
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp > end - 5 && text.indexOf(';', amp) >= end) end = amp;
        return text.substring(0, end) + "…";
    }
}
