package dev.frontline.platform.slack;

import dev.frontline.core.model.Button;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackTextTest {
    @Test
    void mentionsAndLinksInCustomerTextStayInert() {
        assertEquals("&lt;!channel&gt; &lt;@U1&gt; &lt;http://x|y&gt; a &amp; b", SlackText.escape("<!channel> <@U1> <http://x|y> a & b"));
    }

    @Test
    void longTextIsCutOnCharacterBoundariesAndNeverInsideAnEscape() {
        String emoji = "😀".repeat(3100);
        String cut = SlackText.safe(emoji, SlackText.SECTION_LIMIT);
        assertEquals(SlackText.SECTION_LIMIT, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith("…"));
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 2)), "no half emoji");

        String ampersands = "a".repeat(2996) + "&&&&&&";
        String safe = SlackText.safe(ampersands, SlackText.SECTION_LIMIT);
        assertFalse(safe.matches("(?s).*&[a-z]{0,3}…$"), "no broken &amp; at the end: " + safe.substring(safe.length() - 10));
    }

    @Test
    void aMessageStaysWithinFiftyBlocks() {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < 2000; i++) buttons.add(Button.of("b:" + i, "Button " + i));
        assertEquals(SlackText.BLOCK_LIMIT, SlackBlocks.message("text", buttons).size());
    }
}
