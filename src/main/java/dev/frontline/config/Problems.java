package dev.frontline.config;

import java.util.ArrayList;
import java.util.List;

/** Collects problems for one file, turning JSON pointers into line numbers. */
public final class Problems {
    private final List<ConfigProblem> list = new ArrayList<>();

    public void add(YamlFile file, String pointer, String message, String hint) {
        list.add(new ConfigProblem(file.displayName(), file.lineOf(pointer), message, hint));
    }

    public void add(ConfigProblem problem) {
        list.add(problem);
    }

    public void addAll(List<ConfigProblem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<ConfigProblem> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) throw new ConfigException(list);
    }
}
