package followup.cli;

import followup.DidYouMean;
import followup.UserException;
import followup.cache.AnswerCache;
import followup.cli.terminal.Prompter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Help;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

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
    static final List<String> COMMANDS = List.of("today", "add", "list", "show", "log", "done", "skip", "edit", "rm", "draft", "check",
            "stats", "report", "calendar", "import", "export", "inbox", "git", "completion", "merge-file");

    /**
     * The subcommands that need nothing of the tree but themselves, so a run builds only them. A
     * command that looks at the others (completion scripts, a man page) must not be here; one not
     * listed yet just gets the whole tree.
     */
    static final Set<String> STANDALONE = Set.of("today", "add", "list", "show", "log", "done", "skip", "edit", "rm", "draft", "check",
            "stats", "report", "calendar", "import", "export", "inbox", "git", "merge-file");

    private static Object subcommand(String name) {
        return switch (name) {
            case "today" -> new TodayCommand();
            case "add" -> new AddCommand();
            case "list" -> new ListCommand();
            case "show" -> new ShowCommand();
            case "log" -> new LogCommand();
            case "edit" -> new EditCommand();
            case "rm" -> new RmCommand();
            case "done" -> new DoneCommand();
            case "skip" -> new SkipCommand();
            case "draft" -> new DraftCommand();
            case "check" -> new CheckCommand();
            case "stats" -> new StatsCommand();
            case "report" -> new ReportCommand();
            case "calendar" -> new CalendarCommand();
            case "import" -> new ImportCommand();
            case "export" -> new ExportCommand();
            case "inbox" -> new InboxCommand();
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
        CommandSpec spec = cli.getCommandSpec();
        for (GlobalOption option : GlobalOption.values()) {
            if (!option.standard()) {
                spec.addOption(option.spec(root));
            }
        }
        // -h and -V after the others, and on every subcommand added below, before its inherited ones
        spec.mixinStandardHelpOptions(true);
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
        cli.setParameterExceptionHandler(new OnBadUsage(root));
        cli.setExecutionStrategy(parseResult -> execute(root, () -> new CommandLine.RunLast().execute(parseResult)));
        return cli;
    }

    /**
     * The one way a command runs, whether picocli read its line (as its execution strategy) or
     * {@link Arguments} did: the command, then the commit of what it wrote (when the home is a git
     * repository), and whatever it threw through {@link #failed}. A usage error found while
     * running goes on to picocli's handler of usage errors, as one found while parsing.
     */
    static int execute(RootCommand root, Callable<Integer> command) {
        try {
            try {
                return command.call();
            } finally {
                root.commitChanges();
            }
        } catch (ParameterException e) {
            throw e;
        } catch (Exception e) {
            return failed(e, root.debug(), root.err());
        }
    }

    /**
     * Everything after {@code followup git} is git's, as with {@code pass git}: no inherited
     * option (not even --help) is read there, unknown options are arguments, and after the first
     * argument even {@code --} is passed on.
     */
    private static void passThrough(CommandLine git) {
        CommandSpec spec = git.getCommandSpec();
        for (OptionSpec option : List.copyOf(spec.options())) {
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
     * Runs one command line. When {@code lazy}, the lines {@link Arguments} reads completely run
     * without picocli (today, --version), help comes from the kept help, and the tree is cut down
     * to the command that runs; otherwise picocli parses every line with the whole tree (what tests
     * compare the quick ways against).
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
        if (!lazy) {
            return commandLine(environment, out, err, null).execute(args);
        }
        Arguments line = Arguments.read(args);
        if (line.version()) {
            for (String v : new Version().getVersion()) {
                out.println(v);
            }
            return OK;
        }
        RootCommand root = new RootCommand(environment, out, err);
        TodayCommand today = line.quick(root);
        if (today != null) {
            return execute(root, today);
        }
        if (line.helpRequest()) {
            return help(environment, out, err, line, args);
        }
        return commandLine(environment, out, err, line.soleCommand()).execute(args);
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

    /**
     * Help, which picocli builds from the whole command model by reflection (a quarter of a second
     * on a cold JVM, four times the CPU of printing it kept: README, How the caches work) though it
     * only changes with the build: kept in the cache folder and printed again from there. Kept
     * because it is as safe as a kept {@code today}: it is keyed on what it is printed from, as
     * values: the build, the arguments, the colour scheme and the width. picocli makes the two
     * decisions it would make while printing (colours from the terminal, its variables and
     * properties; the width from the launcher's measure or its own default and property) before
     * the key is made, and the command line is then given exactly those, so nothing picocli reads
     * while printing is outside the key but the texts, which come with the build (HelpTest checks
     * they look up no variable or property). Not kept on a console whose width the launcher did
     * not give: picocli runs stty for it.
     */
    private static int help(Environment environment, PrintWriter out, PrintWriter err, Arguments line, String... args) {
        Path folder = new RootCommand(environment, out, err).cacheFolder();
        boolean measured = environment.stdoutTerminal() && environment.columns() > 0;
        if (folder == null || !measured && System.console() != null) {
            return commandLine(environment, out, err, line.soleCommand()).execute(args);
        }
        Help.ColorScheme colours = Help.defaultColorScheme(Help.Ansi.AUTO.enabled() ? Help.Ansi.ON : Help.Ansi.OFF);
        // picocli's own reckoning of the width, its property included, from what the tree is given
        int width = new UsageMessageSpec().width(measured ? Math.max(55, environment.columns()) : 80).width();
        AnswerCache answers = new AnswerCache(folder, "help", Version.build(), environment.wallClock());
        AnswerCache.Fingerprint key = answers.fingerprint(List.of("help", List.of(args), colours.toString(), width));
        Integer kept = KeptAnswers.printKept(answers, key, out, err, environment.trace());
        if (kept != null) {
            return kept;
        }
        try {
            return KeptAnswers.make(answers, key, 8192, out, err, (o, e) -> {
                CommandLine cli = commandLine(environment, o, e, line.soleCommand());
                cli.setColorScheme(colours);
                cli.setUsageHelpAutoWidth(false);
                cli.setUsageHelpWidth(width);
                return cli.execute(args);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // picocli reports its own errors; nothing here throws
        }
    }

    /**
     * What a command that threw says, and its exit code: {@code followup: <message>} and 1 or 2
     * for a user's error, an internal error (3) for anything else.
     */
    static int failed(Exception thrown, boolean debug, PrintWriter err) {
        // what the command threw, as picocli's RunLast hands it on
        Exception ex = thrown instanceof ExecutionException x && x.getCause() instanceof Exception c ? c : thrown;
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
        return UserException.describe(e);
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
            // `followup help log`: picocli goes on past the unknown word 'help' and reports what
            // log misses; the unknown word is the mistake
            List<String> unmatched = ex instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null
                    ? u.getUnmatched() : cmd.getParent() != null ? cmd.getParent().getUnmatchedArguments() : List.of();
            if (!unmatched.isEmpty() && unmatched.get(0).equals("help") && cmd.getParent() != null) {
                listed = true; // and the line below says where the help of that command is
                message = "'help' is not a followup command";
            } else if (!unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
                listed = true; // the whole list beats picocli's guesses
                cmd = cmd.getParent() != null ? cmd.getParent() : cmd;
                List<String> commands = cmd.getSubcommands().entrySet().stream()
                        .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                        .map(java.util.Map.Entry::getKey).toList();
                String typed = unmatched.get(0);
                String hint = DidYouMean.hint(typed, commands);
                message = "'" + typed + "' is not a followup command" + (hint.isEmpty() ? "; commands: " : hint + " (commands: ")
                        + String.join(", ", commands) + (hint.isEmpty() ? "" : ")");
            }
            if (!listed && ex instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() != null
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                // picocli says "Unmatched argument at index 1: 'extra'"
                message = "unexpected argument '" + u.getUnmatched().get(0) + "'";
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
