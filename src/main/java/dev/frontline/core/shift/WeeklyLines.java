package dev.frontline.core.shift;

import java.time.Instant;
import java.util.List;

/** Bullets another feature adds to the weekly review about the week [from, to), without the leading "• ". */
@FunctionalInterface
public interface WeeklyLines {
    List<String> lines(Instant from, Instant to);
}
