package stepwise.model;

import java.util.Locale;

/** The notation a workflow file is written in. */
public enum Syntax {
    JSON, YAML;

    /** YAML for {@code .yaml}/{@code .yml} files, JSON otherwise. */
    public static Syntax forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }
}
