package dev.frontline.core.port;

import java.util.List;

/**
 * What the weekly review's chart shows, day by day and tag by tag. Times are medians in minutes,
 * null on a day with nothing to measure.
 *
 * @param days                 day labels, oldest first (e.g. {@code Mon 23})
 * @param firstResponseMinutes median first response of the tickets opened that day
 * @param resolutionMinutes    median resolution (or escalation) time of the tickets closed that day
 * @param tags                 the week's top tags, most frequent first
 * @param headline             a few short lines of the week's key numbers against last week
 */
public record WeeklyChart(String title, List<String> days, List<Integer> opened, List<Integer> resolved,
                          List<Double> firstResponseMinutes, List<Double> resolutionMinutes,
                          List<String> tags, List<Integer> tagsThisWeek, List<Integer> tagsLastWeek, List<String> headline) {
    public WeeklyChart {
        days = List.copyOf(days);
        opened = List.copyOf(opened);
        resolved = List.copyOf(resolved);
        firstResponseMinutes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(firstResponseMinutes));
        resolutionMinutes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(resolutionMinutes));
        tags = List.copyOf(tags);
        tagsThisWeek = List.copyOf(tagsThisWeek);
        tagsLastWeek = List.copyOf(tagsLastWeek);
        headline = List.copyOf(headline);
    }
}
