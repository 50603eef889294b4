package stepwise.app.cli;

import java.util.ArrayList;
import java.util.List;

/** A small reader of {@code --option value} command lines: options in any order, positional words kept in order. */
final class CliArgs {
    private final List<String> args;
    private final List<String> positional = new ArrayList<>();
    private final List<String[]> options = new ArrayList<>();

    private CliArgs(List<String> args) {
        this.args = args;
    }

    /**
     * Splits {@code args}; {@code valued} are the options that take a value, {@code flags} those that do not.
     * @throws UsageException for an unknown option or one missing its value
     */
    static CliArgs parse(List<String> args, List<String> valued, List<String> flags) throws UsageException {
        CliArgs a = new CliArgs(args);
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i);
            if (w.startsWith("--")) {
                String name = w;
                String value = null;
                int eq = w.indexOf('=');
                if (eq > 0) {
                    name = w.substring(0, eq);
                    value = w.substring(eq + 1);
                }
                if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    a.options.add(new String[] {name, value});
                } else if (flags.contains(name) && value == null) {
                    a.options.add(new String[] {name, null});
                } else {
                    throw new UsageException("unknown option " + name);
                }
            } else {
                a.positional.add(w);
            }
        }
        return a;
    }

    List<String> positional() {
        return positional;
    }

    boolean has(String name) {
        return options.stream().anyMatch(o -> o[0].equals(name));
    }

    /** The last value of {@code name}, or null. */
    String value(String name) {
        String v = null;
        for (String[] o : options) {
            if (o[0].equals(name)) {
                v = o[1];
            }
        }
        return v;
    }

    /** Every value of a repeatable option. */
    List<String> values(String name) {
        List<String> out = new ArrayList<>();
        for (String[] o : options) {
            if (o[0].equals(name)) {
                out.add(o[1]);
            }
        }
        return out;
    }

    int intValue(String name, int fallback) throws UsageException {
        String v = value(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a whole number, not '" + v + "'");
        }
    }

    @Override
    public String toString() {
        return String.join(" ", args);
    }
}
