package dev.frontline.core.port;

import java.util.List;
import java.util.Map;

/** Draws a simple bar chart as a PNG (for the weekly review post). */
public interface ChartMaker {

    /**
     * @param categories labels along the x axis, in order
     * @param series     named series, each with one value per category
     */
    byte[] barChartPng(String title, String valueLabel, List<String> categories, Map<String, List<Number>> series);
}
