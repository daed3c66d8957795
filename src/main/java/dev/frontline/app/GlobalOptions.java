package dev.frontline.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every subcommand accepts: where config, macros and data live. */
public final class GlobalOptions {
    @Option(names = "--config", paramLabel = "DIR", description = "config folder (default: ${DEFAULT-VALUE})",
            defaultValue = "bot-config")
    Path config;

    @Option(names = "--macros", paramLabel = "DIR", description = "answer bank folder (default: ${DEFAULT-VALUE})",
            defaultValue = "macros")
    Path macros;

    @Option(names = "--data", paramLabel = "DIR", description = "database folder (default: ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;
}
