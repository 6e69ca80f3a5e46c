package followup.cli;

import followup.DidYouMean;
import followup.UserException;
import followup.cli.terminal.Prompter;
import followup.store.AnswerCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one factory of the command tree, used by {@code main} and by the tests alike, with the one
 * error handler: user errors print {@code followup: <message>} and exit 1 or 2; anything else is
 * a bug (exit 3). Stack traces only with {@code --debug} or {@code FOLLOWUP_DEBUG=1}.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int DATA = UserException.DATA;
    public static final int USAGE = UserException.USAGE;
    public static final int BUG = 3;
    /** Stopped by the person (Ctrl-C), as a shell reports a SIGINT: 128 + 2. */
    public static final int INTERRUPTED = 130;

    private Cli() {
    }

    /** The whole command tree: what {@code --help}, the man page and completion scripts are made from. */
    public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
        return commandLine(environment, out, err, null);
    }

    /**
     * The subcommands, in the order {@code --help} lists them. To add one, add its name here and
     * its constructor to {@link #subcommand}.
     */
    static final List<String> COMMANDS = List.of("today", "add", "list", "show", "log", "edit", "rm", "draft", "check",
            "stats", "calendar", "import", "export", "git", "completion", "merge-file");

    /**
     * The subcommands that need nothing of the tree but themselves, so a run builds only them. A
     * command that looks at the others (completion scripts, a man page) must not be here; one not
     * listed yet just gets the whole tree.
     */
    static final Set<String> STANDALONE = Set.of("today", "add", "list", "show", "log", "edit", "rm", "draft", "check",
            "stats", "calendar", "import", "export", "git", "merge-file");

    private static Object subcommand(String name) {
        // a switch, not a map of constructor references: no lambda is linked on the way to `today`
        return switch (name) {
            case "today" -> new TodayCommand();
            case "add" -> new AddCommand();
            case "list" -> new ListCommand();
            case "show" -> new ShowCommand();
            case "log" -> new LogCommand();
            case "edit" -> new EditCommand();
            case "rm" -> new RmCommand();
            case "draft" -> new DraftCommand();
            case "check" -> new CheckCommand();
            case "stats" -> new StatsCommand();
            case "calendar" -> new CalendarCommand();
            case "import" -> new ImportCommand();
            case "export" -> new ExportCommand();
            case "git" -> new GitCommand();
            case "completion" -> new CompletionCommand();
            case "merge-file" -> new MergeFileCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The tree with every subcommand ({@code only} null), or with just the one that runs:
     * picocli builds each command's model by reflection, a few tens of milliseconds apiece on a
     * cold JVM, and a run only ever needs its own.
     */
    private static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err, String only) {
        RootCommand root = new RootCommand(environment, out, err);
        CommandLine cli = new CommandLine(root);
        for (String name : COMMANDS) {
            if (only == null || only.equals(name)) {
                cli.addSubcommand(name, subcommand(name));
            }
        }
        if (cli.getSubcommands().containsKey("git")) {
            passThrough(cli.getSubcommands().get("git"));
        }
        if (environment.stdoutTerminal() && environment.columns() > 0) {
            // the launcher measured the terminal already; picocli's auto width would run stty again
            cli.setUsageHelpAutoWidth(false);
            cli.setUsageHelpWidth(Math.max(55, environment.columns()));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setExecutionExceptionHandler(new OnError(root));
        cli.setParameterExceptionHandler(new OnBadUsage(root));
        cli.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                // the one place a change is committed (when the home is a git repository)
                root.commitChanges();
            }
        });
        return cli;
    }

    /**
     * The part of the tree these arguments need: the name of the subcommand that runs, when only
     * global options come before it; {@code ""} (the root alone) for {@code --version} with only
     * global options; null (the whole tree) for anything else: help of the root, an unknown option
     * or command (whose message lists or suggests the others), no command at all, and any command
     * not in {@link #STANDALONE} ({@code completion} writes its scripts from the whole tree).
     */
    static String soleCommand(String... args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--home") || a.equals("--as-of")) {
                i++; // its value
            } else if (a.equals("-V") || a.equals("--version")) {
                version = true;
            } else if (!globalFlag(a)) {
                return !version && STANDALONE.contains(a) ? a : null;
            }
        }
        return version ? "" : null;
    }

    /**
     * Everything after {@code followup git} is git's, as with {@code pass git}: no inherited
     * option (not even --help) is read there, unknown options are arguments, and after the first
     * argument even {@code --} is passed on.
     */
    private static void passThrough(CommandLine git) {
        CommandLine.Model.CommandSpec spec = git.getCommandSpec();
        for (CommandLine.Model.OptionSpec option : new java.util.ArrayList<>(spec.options())) {
            spec.remove(option);
        }
        git.setUnmatchedOptionsArePositionalParams(true);
        git.setStopAtPositional(true);
    }

    /** Runs one command line; returns the exit code. */
    public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
        return run(environment, out, err, true, args);
    }

    /**
     * Runs one command line. When {@code lazy}, {@link QuickRun} takes the command lines it knows
     * (today, --version) and the tree is cut down to the command that runs; otherwise picocli
     * parses every line with the whole tree (what tests compare the quick ways against).
     */
    static int run(Environment environment, PrintWriter out, PrintWriter err, boolean lazy, String... args) {
        int code;
        try {
            code = execute(environment, out, err, lazy, args);
        } finally {
            out.flush();
            err.flush();
        }
        // a PrintWriter never throws: whether all of the output was written is asked once, here
        return out.checkError() ? outputFailed(out, err, code) : code;
    }

    private static int execute(Environment environment, PrintWriter out, PrintWriter err, boolean lazy, String... args) {
        if (lazy) {
            Integer code = QuickRun.run(environment, out, err, args);
            if (code != null) {
                return code;
            }
            if (helpRequest(args)) {
                return help(environment, out, err, args);
            }
        }
        return commandLine(environment, out, err, lazy ? soleCommand(args) : null).execute(args);
    }

    /**
     * The exit code of a run whose output could not all be written (SPEC §8 "output is checked").
     * A reader that went away ({@code followup list | head}) ends the run quietly: no message, and
     * the code the command had (0 when all went well), so {@code set -o pipefail} scripts and cron
     * see no failure where nothing failed but the reader's interest. Anything else (a full disk,
     * {@code >/dev/full}, an I/O error) is a data error: one line on stderr, exit 1 unless the run
     * had failed already.
     */
    static int outputFailed(PrintWriter out, PrintWriter err, int code) {
        IOException cause = null;
        if (out instanceof Utf8Writer w) {
            if (w.readerGone()) {
                return code;
            }
            cause = w.failure();
        }
        err.println("followup: cannot write the output" + (cause != null && cause.getMessage() != null
                ? ": " + cause.getMessage() : ""));
        err.flush();
        return code == OK ? DATA : code;
    }

    /** A global option in one word: {@code --home=DIR}, {@code --as-of=DATE}, {@code --no-color}, {@code --debug}. */
    private static boolean globalFlag(String a) {
        return a.startsWith("--home=") || a.startsWith("--as-of=") || a.equals("--no-color") || a.equals("--debug");
    }

    /**
     * Whether these arguments ask for help and nothing else: {@code --help} or {@code -h} once,
     * after at most one command (not git's, which passes it on), among global options.
     */
    static boolean helpRequest(String... args) {
        boolean help = false;
        boolean command = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--home") || a.equals("--as-of")) {
                if (++i >= args.length || args[i].startsWith("-") || args[i].startsWith("@")) {
                    return false;
                }
            } else if (a.equals("--help") || a.equals("-h")) {
                if (help) {
                    return false;
                }
                help = true;
            } else if (!help && !command && STANDALONE.contains(a) && !a.equals("git")) {
                command = true;
            } else if (!globalFlag(a)) {
                return false;
            }
        }
        return help;
    }

    /**
     * Help, which picocli builds from the whole command model by reflection (a quarter of a
     * second on a cold JVM) though it only changes with the build: kept in the cache folder with
     * a fingerprint of all picocli's output depends on (the arguments, the width, whether it
     * colours: the terminal, the variables and properties it reads) and printed again from there.
     */
    private static int help(Environment environment, PrintWriter out, PrintWriter err, String... args) {
        Path folder = new RootCommand(environment, out, err).cacheFolder();
        // on a console whose width the launcher did not give, picocli asks stty: not kept
        boolean widthKnown = environment.stdoutTerminal() && environment.columns() > 0 || System.console() == null;
        AnswerCache answers = folder == null || !widthKnown ? null
                : new AnswerCache(folder, "help.bin", Version.build(), environment.wallClock());
        AnswerCache.Fingerprint fingerprint = answers == null ? null : answers.fingerprint(helpParameters(environment, args));
        try {
            return KeptAnswers.run(answers, fingerprint, 8192, out, err, new KeptAnswers.Work() {
                @Override
                public int run(PrintWriter o, PrintWriter e) {
                    return commandLine(environment, o, e, soleCommand(args)).execute(args);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // picocli reports its own errors; nothing here throws
        }
    }

    private static String helpParameters(Environment environment, String... args) {
        StringBuilder p = new StringBuilder("help");
        for (String a : args) {
            p.append('\n').append(a);
        }
        p.append("\nterminal ").append(environment.stdoutTerminal()).append(' ').append(environment.columns())
                .append("\nconsole ").append(System.console() != null);
        for (String property : new String[] {"picocli.ansi", "picocli.usage.width", "picocli.color.commands",
            "picocli.color.options", "picocli.color.parameters", "picocli.color.optionParams"}) {
            p.append('\n').append(property).append('=').append(System.getProperty(property));
        }
        for (String variable : new String[] {"TERM", "OSTYPE", "ANSICON", "ConEmuANSI", "NO_COLOR", "CLICOLOR",
            "CLICOLOR_FORCE", "COLUMNS"}) {
            p.append('\n').append(variable).append('=').append(System.getenv(variable));
        }
        return p.toString();
    }

    private static final class OnError implements IExecutionExceptionHandler {
        private final RootCommand root;

        OnError(RootCommand root) {
            this.root = root;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            return failed(ex, root.debug(), cmd.getErr());
        }
    }

    /**
     * What a command that threw says, and its exit code: {@code followup: <message>} and 1 or 2
     * for a user's error, an internal error (3) for anything else.
     */
    static int failed(Exception ex, boolean debug, PrintWriter err) {
        Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        int code;
        if (e instanceof UserException u) {
            err.println("followup: " + u.getMessage());
            code = u.exitCode();
        } else if (e instanceof Prompter.Cancelled) {
            // Ctrl-C (or Ctrl-D) at a prompt: stopped as an interrupted command is (SPEC §5)
            err.println("followup: " + e.getMessage());
            code = INTERRUPTED;
        } else if (e instanceof IOException io) {
            err.println("followup: " + describe(io));
            code = DATA;
        } else {
            err.println("followup: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            code = BUG;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** An I/O failure in words: what and which file, never the file's contents. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof FileSystemException f) {
            return "cannot use " + f.getFile() + (f.getReason() != null ? ": " + f.getReason() : "");
        }
        return "input/output error: " + e.getMessage();
    }

    private static final class OnBadUsage implements IParameterExceptionHandler {
        private final RootCommand root;

        OnBadUsage(RootCommand root) {
            this.root = root;
        }

        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            Throwable cause = ex.getCause();
            String message = cause instanceof UserException u ? u.getMessage() : ex.getMessage();
            boolean listed = false;
            if (ex instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                listed = true; // the whole list beats picocli's guesses
                List<String> commands = cmd.getSubcommands().entrySet().stream()
                        .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                        .map(java.util.Map.Entry::getKey).toList();
                String typed = u.getUnmatched().get(0);
                String hint = DidYouMean.hint(typed, commands);
                message = "'" + typed + "' is not a followup command" + (hint.isEmpty() ? "; commands: " : hint + " (commands: ")
                        + String.join(", ", commands) + (hint.isEmpty() ? "" : ")");
            }
            err.println("followup: " + message);
            if (root.debug()) {
                ex.printStackTrace(err);
            }
            if (!listed) {
                CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            }
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return USAGE;
        }
    }
}
