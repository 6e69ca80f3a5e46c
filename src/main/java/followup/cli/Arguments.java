package followup.cli;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one reading of a command line before picocli, which decides how the run goes. picocli
 * builds its model of a command by reflection, which on a cold JVM costs more than the JVM's own
 * start; so the lines a prompt, a status bar and cron run over and over ({@code today} with its
 * options, {@code --version}) run without it ({@link #quick}, {@link #version}), a request for
 * help is printed from the kept help ({@link #helpRequest}), and any other line goes to picocli
 * with only the subcommand that runs ({@link #soleCommand}).
 *
 * <p>Only lines read completely are taken: every global option ({@link GlobalOption}) at most once
 * and with a value picocli would read the same way, and after {@code today} only its own options
 * ({@link TodayCommand#option}). Anything else (help, a mistake, an {@code @file}, an option given
 * twice or with a value that looks like an option) is left to picocli, which says exactly what it
 * always says; LazyTreeTest holds the two ways to the same output, line by line.
 */
final class Arguments {

    /** The global options given, with their values as picocli would convert them. */
    private final Map<GlobalOption, Object> globals = new EnumMap<>(GlobalOption.class);
    /** The first argument that is not a global option or its value: the command, or null. */
    private String command;
    /** Whether every global option was given once, with a value read here. */
    private boolean plain = true;
    /** Whether help or the version was asked for before the command (or with none). */
    private boolean helpFirst;
    private boolean versionFirst;
    /** {@code today}, with the options read after it; null for any other command. */
    private TodayCommand today;
    private boolean todayOptions;
    /** Whether there is more after the command than global options and, for today, its options. */
    private boolean rest;

    private Arguments() {
    }

    static Arguments read(String... args) {
        Arguments line = new Arguments();
        Set<String> todays = new HashSet<>();
        for (int i = 0; i < args.length && !line.rest; i++) {
            String arg = args[i];
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            String value = equals > 0 ? arg.substring(equals + 1) : null;
            // everything after `git` is git's (GitCommand): not even --help is read there
            GlobalOption option = "git".equals(line.command) ? null : GlobalOption.named(name);
            if (option != null && (option.takesValue() || value == null)) {
                if (option.takesValue() && value == null && i + 1 < args.length) {
                    value = args[++i];
                }
                line.global(option, value);
            } else if (line.command == null) {
                line.command = arg;
                line.today = arg.equals("today") ? new TodayCommand() : null;
            } else if (line.today != null && todays.add(name)
                    && (value == null ? line.today.option(name, null)
                            || i + 1 < args.length && plain(args[i + 1]) && line.today.option(name, args[++i])
                            : plain(value) && line.today.option(name, value))) {
                line.todayOptions = true;
            } else {
                line.rest = true;
            }
        }
        return line;
    }

    /** A value picocli reads as given: not empty, not an option, not an {@code @file}. */
    private static boolean plain(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }

    private void global(GlobalOption option, String value) {
        if (command == null) {
            helpFirst |= option == GlobalOption.HELP;
            versionFirst |= option == GlobalOption.VERSION;
        }
        Object v = null;
        if (!option.takesValue() || value != null && plain(value)) {
            try {
                v = option.value(value);
            } catch (IllegalArgumentException e) {
                v = null; // not a path, say: picocli words it
            }
        }
        if (v == null || globals.put(option, v) != null) {
            plain = false;
        }
    }

    /**
     * The part of the tree picocli needs for this line: the name of the subcommand that runs, when
     * only global options come before it; {@code ""} (the root alone) for {@code --version} with
     * only global options; null (the whole tree) for anything else: help of the root, an unknown
     * option or command (whose message lists or suggests the others), no command at all, and any
     * command not in {@link Cli#STANDALONE} ({@code completion} writes its scripts from the whole tree).
     */
    String soleCommand() {
        if (helpFirst) {
            return null;
        }
        if (versionFirst) {
            return command == null ? "" : null;
        }
        return command != null && Cli.STANDALONE.contains(command) ? command : null;
    }

    /**
     * Whether the line asks for help and nothing else: {@code --help} or {@code -h} once, after at
     * most one command (not git, which passes it on), among global options.
     */
    boolean helpRequest() {
        return plain && !rest && !todayOptions && globals.containsKey(GlobalOption.HELP)
                && !globals.containsKey(GlobalOption.VERSION)
                && (command == null || !helpFirst && Cli.STANDALONE.contains(command) && !command.equals("git"));
    }

    /** Whether the line asks for the version and nothing else, which needs no picocli. */
    boolean version() {
        return plain && versionFirst && command == null && !globals.containsKey(GlobalOption.HELP);
    }

    /**
     * The command this line runs without picocli, set up on {@code root} as picocli would set it
     * up (every global option through {@link RootCommand#set}); null when picocli must read the line.
     */
    TodayCommand quick(RootCommand root) {
        if (today == null || !plain || rest || globals.containsKey(GlobalOption.HELP)
                || globals.containsKey(GlobalOption.VERSION)) {
            return null;
        }
        for (Map.Entry<GlobalOption, Object> g : globals.entrySet()) {
            root.set(g.getKey(), g.getValue());
        }
        today.parent(root);
        return today;
    }
}
