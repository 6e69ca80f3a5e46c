package followup.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

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
        Set<String> given = new HashSet<>(); // each option and the command at most once
        Path home = null;
        String asOf = null;
        int days = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.equals("-V") ? "--version" : arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            boolean today = given.contains("today");
            switch (name) {
                case "--home", "--as-of", "--days" -> {
                    if (value == null && i + 1 < args.length) {
                        value = args[++i];
                    }
                    // a missing or empty value, or one that looks like an option: picocli's to judge
                    if (value == null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")
                            || !given.add(name)) {
                        return null;
                    }
                    if (name.equals("--home")) {
                        try {
                            home = Path.of(value);
                        } catch (InvalidPathException e) {
                            return null;
                        }
                    } else if (name.equals("--as-of")) {
                        asOf = value;
                    } else if (today && digits(value)) { // today's alone, a plain number (picocli words errors)
                        days = Integer.parseInt(value);
                    } else {
                        return null;
                    }
                }
                case "--no-color", "--debug", "--json", "--quiet", "--version", "today" -> {
                    boolean todays = name.equals("--json") || name.equals("--quiet");
                    boolean clash = name.equals("--version") ? today : name.equals("today") && given.contains("--version");
                    if (value != null || todays && !today || clash || !given.add(name)) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (given.contains("--version")) {
            out.println("followup " + Version.version());
            return Cli.OK;
        }
        if (!given.contains("today")) {
            return null;
        }
        RootCommand root = new RootCommand(environment, out, err);
        root.setHome(home);
        root.setAsOf(asOf);
        root.setNoColor(given.contains("--no-color"));
        root.setDebug(given.contains("--debug"));
        try {
            try {
                return new TodayCommand(root, days, given.contains("--json"), given.contains("--quiet")).call();
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
