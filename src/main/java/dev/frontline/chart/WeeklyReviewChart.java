package dev.frontline.chart;

import dev.frontline.core.port.WeeklyChart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The weekly review as one 1200×900 image in four panels: tickets opened and resolved per day, median
 * first response and resolution per day, the top tags against last week, and the key numbers. Large
 * type and few colours, because Slack and Discord first show it shrunk to about 400 pixels wide.
 */
final class WeeklyReviewChart {
    static final int WIDTH = 1200;
    static final int HEIGHT = 900;
    private static final int HEADER = 70;
    private static final Color BLUE = new Color(0x2E6FD9);
    private static final Color GREEN = new Color(0x2BA84A);
    private static final Color ORANGE = new Color(0xE07B00);
    private static final Color PURPLE = new Color(0x7B3FB5);
    private static final Color GREY = new Color(0xB0B0B0);
    private static final Font PANEL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 32);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 24);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 26);

    private WeeklyReviewChart() {}

    static byte[] png(WeeklyChart c) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString(c.title(), 24, 52);
            int w = WIDTH / 2;
            int h = (HEIGHT - HEADER) / 2;
            tickets(c).draw(g, new Rectangle2D.Double(0, HEADER, w, h));
            times(c).draw(g, new Rectangle2D.Double(w, HEADER, w, h));
            tags(c).draw(g, new Rectangle2D.Double(0, HEADER + h, w, h));
            headline(g, c.headline(), w, HEADER + h, w, h);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JFreeChart tickets(WeeklyChart c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < c.days().size(); i++) {
            data.addValue(c.opened().get(i), "Opened", shortDay(c.days().get(i)));
            data.addValue(c.resolved().get(i), "Resolved", shortDay(c.days().get(i)));
        }
        JFreeChart chart = ChartFactory.createBarChart("Tickets per day", null, null, data, PlotOrientation.VERTICAL, true, false, false);
        style(chart, BLUE, GREEN);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    private static JFreeChart times(WeeklyChart c) {
        double max = 0;
        for (Double d : c.firstResponseMinutes()) if (d != null) max = Math.max(max, d);
        for (Double d : c.resolutionMinutes()) if (d != null) max = Math.max(max, d);
        boolean hours = max >= 120;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < c.days().size(); i++) {
            String day = shortDay(c.days().get(i));
            data.addValue(scaled(c.firstResponseMinutes().get(i), hours), "First response", day);
            data.addValue(scaled(c.resolutionMinutes().get(i), hours), "Resolution", day);
        }
        JFreeChart chart = ChartFactory.createLineChart("Median time per day (" + (hours ? "hours" : "minutes") + ")", null, null, data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ORANGE);
        r.setSeriesPaint(1, PURPLE);
        r.setSeriesStroke(0, new BasicStroke(4f));
        r.setSeriesStroke(1, new BasicStroke(4f));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12));
        plot.setRenderer(r);
        style(chart, null, null);
        return chart;
    }

    private static JFreeChart tags(WeeklyChart c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < c.tags().size(); i++) {
            data.addValue(c.tagsThisWeek().get(i), "This week", c.tags().get(i));
            data.addValue(c.tagsLastWeek().get(i), "Last week", c.tags().get(i));
        }
        if (c.tags().isEmpty()) data.addValue(0, "This week", "no tags yet");
        JFreeChart chart = ChartFactory.createBarChart("Top tags vs last week", null, null, data, PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, BLUE, GREY);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Two tags must not become two slabs: a bar is at most as thick as with five tags.
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setMaximumBarWidth(0.08);
        return chart;
    }

    private static void headline(Graphics2D g, List<String> lines, int x, int y, int w, int h) {
        g.setColor(new Color(0xF4F6FA));
        g.fillRoundRect(x + 20, y + 20, w - 40, h - 40, 24, 24);
        g.setColor(Color.DARK_GRAY);
        g.setFont(PANEL_TITLE);
        g.drawString("This week (last week)", x + 44, y + 68);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        int line = y + 124;
        for (String l : lines) {
            g.drawString(l, x + 44, line);
            line += 54;
        }
    }

    private static Double scaled(Double minutes, boolean hours) {
        if (minutes == null) return null;
        return hours ? Math.round(minutes / 6.0) / 10.0 : (double) Math.round(minutes);
    }

    /** "Mon 23" stays; longer labels are cut to fit seven under one panel. */
    private static String shortDay(String day) {
        return day.length() > 7 ? day.substring(0, 7) : day;
    }

    private static void style(JFreeChart chart, Color first, Color second) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(PANEL_TITLE);
        chart.getTitle().setPaint(Color.DARK_GRAY);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(12, 12, 12, 20));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND);
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        CategoryAxis x = plot.getDomainAxis();
        x.setTickLabelFont(TICKS);
        // "Mon 23" as two lines, so seven days fit under a half-width panel without being cut to "M…".
        x.setMaximumCategoryLabelLines(2);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        x.setCategoryMargin(0.12);
        plot.getRangeAxis().setTickLabelFont(TICKS);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
            if (first != null) bars.setSeriesPaint(0, first);
            if (second != null) bars.setSeriesPaint(1, second);
        }
    }
}
