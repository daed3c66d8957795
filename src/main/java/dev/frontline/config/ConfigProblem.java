package dev.frontline.config;

/** One thing wrong in a config or macro file, with where it is and how to fix it. */
public record ConfigProblem(String file, int line, String message, String hint) {

    /** {@code file:line: message (hint)} — the format {@code check} prints and editors can jump to. */
    @Override
    public String toString() {
        return file + ":" + Math.max(line, 1) + ": " + message + (hint == null || hint.isBlank() ? "" : " (" + hint + ")");
    }
}
