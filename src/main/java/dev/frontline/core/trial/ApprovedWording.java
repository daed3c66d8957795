package dev.frontline.core.trial;

import java.util.Optional;

/** The answer bank as the trial sees it: the approved text of a macro, to compare a candidate's wording with. */
@FunctionalInterface
public interface ApprovedWording {
    Optional<String> templateOf(String macroId);

    static ApprovedWording none() {
        return id -> Optional.empty();
    }
}
