package followup.cli;

import followup.UserException;
import followup.cli.terminal.JLinePrompter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

    private Cli() {
    }

    public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
        RootCommand root = new RootCommand(environment);
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand(new TodayCommand());
        cli.addSubcommand(new AddCommand());
        cli.addSubcommand(new ListCommand());
        cli.addSubcommand(new ShowCommand());
        cli.addSubcommand(new LogCommand());
        cli.addSubcommand(new EditCommand());
        cli.addSubcommand(new DraftCommand());
        cli.addSubcommand(new CheckCommand());
        cli.addSubcommand(new StatsCommand());
        cli.addSubcommand(new CalendarCommand());
        cli.addSubcommand(new GitCommand());
        cli.addSubcommand(new CompletionCommand());
        cli.addSubcommand(new MergeFileCommand());
        passThrough(cli.getSubcommands().get("git"));
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
        CommandLine cli = commandLine(environment, out, err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static final class OnError implements IExecutionExceptionHandler {
        private final RootCommand root;

        OnError(RootCommand root) {
            this.root = root;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            int code;
            if (e instanceof UserException u) {
                err.println("followup: " + u.getMessage());
                code = u.exitCode();
            } else if (e instanceof JLinePrompter.PromptCancelled) {
                err.println("followup: " + e.getMessage());
                code = DATA;
            } else if (e instanceof IOException io) {
                err.println("followup: " + describe(io));
                code = DATA;
            } else {
                err.println("followup: internal error: " + e + (root.debug() ? "" : " (run with --debug for details)"));
                code = BUG;
            }
            if (root.debug()) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        }
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
                message = "'" + u.getUnmatched().get(0) + "' is not a followup command; commands: "
                        + String.join(", ", cmd.getSubcommands().entrySet().stream()
                                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                                .map(java.util.Map.Entry::getKey).toList());
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
