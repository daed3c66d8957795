package dev.frontline.chart;

import dev.frontline.core.port.WeeklyChart;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders a week like a real one into target/weekly-review-sample.png (and a 400-pixel preview next to
 * it, the size Slack and Discord first show), so a person can look at both before it ships.
 */
class WeeklyReviewChartTest {
    @Test
    void theWeeklyImageHasFourFilledPanelsAndIsWrittenForReview() throws Exception {
        WeeklyChart week = new WeeklyChart("Weekly review — 7 days to 2026-11-27",
                List.of("Sat 21", "Sun 22", "Mon 23", "Tue 24", "Wed 25", "Thu 26", "Fri 27"),
                List.of(1, 0, 9, 7, 6, 8, 5), List.of(0, 0, 6, 8, 7, 6, 7),
                Arrays.asList(null, null, 18.0, 35.0, 22.0, 64.0, 15.0), Arrays.asList(null, null, 95.0, 140.0, 80.0, 210.0, 70.0),
                List.of("login", "billing", "shipping", "refund", "bug"), List.of(9, 7, 5, 3, 2), List.of(4, 8, 5, 1, 3),
                List.of("First response: 25 min (40 min)", "Resolution: 1 h 55 min (2 h 30 min)", "CSAT: 82% helpful (75% helpful)",
                        "Opened 36, closed 34 (31, 30)", "Doc gaps: 3; new macros to write: 1"));
        byte[] png = new JFreeChartMaker().weeklyReviewPng(week);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(900, image.getHeight());
        // Each quadrant below the title draws something (not a blank panel).
        for (int[] q : new int[][]{{0, 70}, {600, 70}, {0, 485}, {600, 485}}) {
            assertTrue(inked(image, q[0], q[1], 600, 415) > 2_000, "panel at " + q[0] + "," + q[1] + " is nearly empty");
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("weekly-review-sample.png"), png);
        BufferedImage preview = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = preview.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, 400, 300, null);
        g.dispose();
        ImageIO.write(preview, "png", target.resolve("weekly-review-sample-preview.png").toFile());
    }

    private static int inked(BufferedImage image, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) n++;
        }
        return n;
    }
}
