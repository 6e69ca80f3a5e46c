package followup.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The command lines a shell prompt, a status bar and cron run over and over ({@code today} with
 * its options, {@code --version}), read without picocli: picocli builds its model of a command by
 * reflection, which on a cold JVM costs more than the JVM's own start. Only lines it understands
 * completely are taken; anything else (help, a mistake, an {@code @file}, an option given twice)
 * is left to picocli, which then says exactly what it always says. {@code LazyTreeTest} holds the
 * two to the same output, line by line.
 */
final class QuickRun {

    private QuickRun() {
    }

    /** @return the exit code, or null when picocli must read these arguments */
    static Integer run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
        Path home = null;
        String asOf = null;
        String days = null;
        boolean noColor = false;
        boolean debug = false;
        boolean json = false;
        boolean quiet = false;
        boolean version = false;
        boolean today = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            switch (name) {
                case "--home", "--as-of", "--days" -> {
                    if (value == null && i + 1 < args.length) {
                        value = args[++i];
                    }
                    // a missing or empty value, or one that looks like an option: picocli's to judge
                    if (value == null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                        return null;
                    }
                    if (name.equals("--home")) {
                        if (home != null) {
                            return null;
                        }
                        try {
                            home = Path.of(value);
                        } catch (InvalidPathException e) {
                            return null;
                        }
                    } else if (name.equals("--as-of")) {
                        if (asOf != null) {
                            return null;
                        }
                        asOf = value;
                    } else {
                        // an option of today's only, and a plain number (picocli words the errors)
                        if (!today || days != null || !digits(value)) {
                            return null;
                        }
                        days = value;
                    }
                }
                case "--no-color", "--debug" -> {
                    boolean seen = name.equals("--debug") ? debug : noColor;
                    if (value != null || seen) {
                        return null;
                    }
                    if (name.equals("--debug")) {
                        debug = true;
                    } else {
                        noColor = true;
                    }
                }
                case "--json", "--quiet" -> {
                    boolean seen = name.equals("--json") ? json : quiet;
                    if (value != null || seen || !today) {
                        return null;
                    }
                    if (name.equals("--json")) {
                        json = true;
                    } else {
                        quiet = true;
                    }
                }
                case "--version", "-V" -> {
                    if (value != null || today || version) {
                        return null;
                    }
                    version = true;
                }
                case "today" -> {
                    if (today || version) {
                        return null;
                    }
                    today = true;
                }
                default -> {
                    return null;
                }
            }
        }
        if (version) {
            out.println("followup " + Version.version());
            return Cli.OK;
        }
        if (!today) {
            return null;
        }
        RootCommand root = new RootCommand(environment, out, err);
        root.setHome(home);
        root.setAsOf(asOf);
        root.setNoColor(noColor);
        root.setDebug(debug);
        try {
            try {
                return new TodayCommand(root, days == null ? 0 : Integer.parseInt(days), json, quiet).call();
            } finally {
                root.commitChanges(); // as Cli's execution strategy does
            }
        } catch (Exception e) {
            return Cli.failed(e, root.debug(), err);
        }
    }

    /** One to nine digits: what an int option takes without a word from picocli. */
    private static boolean digits(String s) {
        if (s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
