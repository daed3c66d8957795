package dev.frontline.app;

import dev.frontline.config.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code run} (the default): Slack and/or Discord when their tokens are set, else the console. */
@Command(name = "run", description = "Start the bot: on Slack and/or Discord when their tokens are set, else on the console.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions options;

    @Override
    public Integer call() throws Exception {
        Secrets secrets = Secrets.fromEnvironment();
        if (!secrets.hasSlack() && !secrets.hasDiscord()) {
            ConsoleCommand console = new ConsoleCommand();
            console.options = options;
            return console.call();
        }
        return new ChatServer(options, secrets).runUntilStopped();
    }
}
