package dev.frontline.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Log levels per mode: the console and replay keep stderr quiet so the chat and JSON output stay readable. */
final class Logging {
    private Logging() {}

    static void quiet() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }
}
