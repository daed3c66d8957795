package dev.frontline.app;

import dev.frontline.config.ConfigException;
import dev.frontline.config.ConfigProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code check}: validates bot-config/ and macros/; prints {@code file:line: message} per problem and exits 2. */
@Command(name = "check", description = "Validate bot-config/ and macros/; exit 2 listing every problem as file:line: message.")
final class CheckCommand implements Callable<Integer> {
    static final int PROBLEMS_FOUND = 2;

    @Mixin
    GlobalOptions options;

    @Override
    public Integer call() {
        Logging.quiet();
        List<ConfigProblem> problems = ConfigCheck.problems(options);
        if (problems.isEmpty()) {
            System.out.println("OK: " + options.config + " and " + options.macros + " are valid.");
            return 0;
        }
        problems.forEach(System.out::println);
        System.out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found.");
        return PROBLEMS_FOUND;
    }
}
