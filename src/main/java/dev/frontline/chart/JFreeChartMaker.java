package dev.frontline.chart;

import dev.frontline.core.port.ChartMaker;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** {@link ChartMaker} with JFreeChart, rendered headless: bar charts at 800×450, the weekly review at 1200×900. */
public final class JFreeChartMaker implements ChartMaker {
    private static final Color[] PALETTE = {new Color(0x2E6FD9), new Color(0x2BA84A), new Color(0xE8A33D), new Color(0xC94C4C)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Override
    public byte[] barChartPng(String title, String valueLabel, List<String> categories, Map<String, List<Number>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < categories.size(); i++) data.addValue(i < values.size() ? values.get(i) : 0, name, categories.get(i));
        });
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueLabel, data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < series.size(); i++) renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, 800, 450);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] weeklyReviewPng(dev.frontline.core.port.WeeklyChart chart) {
        return WeeklyReviewChart.png(chart);
    }
}
