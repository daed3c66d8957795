package dev.frontline.core.port;

import java.util.List;
import java.util.Map;

/** Draws charts as PNG images (the weekly review post). */
public interface ChartMaker {

    /**
     * @param categories labels along the x axis, in order
     * @param series     named series, each with one value per category
     */
    byte[] barChartPng(String title, String valueLabel, List<String> categories, Map<String, List<Number>> series);

    /** The weekly review's one image: tickets, response times by day and top tags against last week, readable when shrunk to a preview. */
    byte[] weeklyReviewPng(WeeklyChart chart);
}
