package followup.cli;

import followup.UserException;
import followup.model.Config;
import followup.store.AnswerCache;
import followup.store.ConfigFile;
import followup.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code followup}: the global options (valid before or after the subcommand) and what every
 * subcommand derives from them: the data home, the store, the config, today's date, the style.
 */
@Command(name = "followup",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        scope = ScopeType.INHERIT,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "What to send to whom, and when, in the weeks after a job interview.",
        description = {
            "Keeps one YAML file per job application and tells you each day what to send: the "
                + "same-day thank-you, the check-in after the promised decision date, the gracious "
                + "reply to a rejection, telling the others about an offer, and when to move on.",
            "",
            "Data lives in --home, else $FOLLOWUP_HOME, else $XDG_DATA_HOME/followup, else "
                + "~/.local/share/followup."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (also: nothing due)",
            "1:a data problem you can fix: an invalid file, an unknown id",
            "2:a usage error: an unknown option, event or date",
            "3:an internal bug (please report it, with --debug output)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  followup add \"Acme Corp\" --role \"Backend Engineer\" --interview tomorrow --at 14:00",
            "  followup today --days 7",
            "  followup log acme thanks",
            "  followup draft thanks acme"})
public final class RootCommand implements Runnable, Store.Listener {

    private final Environment environment;
    private final PrintWriter out;
    private final PrintWriter err;

    // Fields, not annotated setters: picocli lists options in the order reflection returns them,
    // which for methods changes from one JVM run to the next (and with it --help and the
    // completion scripts); fields come in the order they are declared.
    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The data home (default: $FOLLOWUP_HOME, $XDG_DATA_HOME/followup, ~/.local/share/followup).")
    private Path home;

    @Option(names = "--as-of", paramLabel = "DATE", scope = ScopeType.INHERIT,
            description = "Evaluate as if today were DATE.")
    private String asOf;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "No colour (also when NO_COLOR is set or stdout is not a terminal).")
    private boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces on errors (also FOLLOWUP_DEBUG=1).")
    private boolean debug;

    @Spec
    private CommandSpec spec;

    private LocalDate today;
    private Config config;
    private Store store;
    /** What this command wrote, committed after it when the home is a git repository. */
    private final Git.Changes changes = new Git.Changes();

    /** The root of one run, printing to {@code out} and {@code err} (picocli is given the same two). */
    public RootCommand(Environment environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    void setHome(Path home) {
        this.home = home;
    }

    void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    void setNoColor(boolean noColor) {
        this.noColor = noColor;
    }

    void setDebug(boolean debug) {
        this.debug = debug;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out());
    }

    public Environment environment() {
        return environment;
    }

    public boolean debug() {
        return debug || "1".equals(environment.variable("FOLLOWUP_DEBUG"));
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** The as-of date: {@code --as-of}, else the real today. */
    public LocalDate today() {
        if (today == null) {
            LocalDate real = environment.today().get();
            today = asOf == null ? real : Dates.parse(asOf, real, real, config().workDays(), "--as-of");
        }
        return today;
    }

    /** The real date, whatever --as-of says (what a user means by "today" when typing a date). */
    public LocalDate realToday() {
        return environment.today().get();
    }

    public Path home() {
        if (home != null) {
            return home;
        }
        String v = environment.variable("FOLLOWUP_HOME");
        if (v != null) {
            return Path.of(v);
        }
        String xdg = environment.variable("XDG_DATA_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "followup");
        }
        return userHome().resolve(".local/share/followup");
    }

    /** Where config.yaml and templates/ live (SPEC §2). */
    public Path configFolder() {
        if (home != null || environment.variable("FOLLOWUP_HOME") != null) {
            return home();
        }
        String xdg = environment.variable("XDG_CONFIG_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "followup");
        }
        return userHome().resolve(".config/followup");
    }

    /**
     * Where caches live (SPEC §2): {@code $XDG_CACHE_HOME/followup}, else {@code ~/.cache/followup};
     * null (no cache) when neither is known.
     */
    public Path cacheFolder() {
        String xdg = environment.variable("XDG_CACHE_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "followup");
        }
        String h = environment.variable("HOME");
        return h == null ? null : Path.of(h, ".cache", "followup");
    }

    private Path userHome() {
        String h = environment.variable("HOME");
        if (h == null) {
            throw UserException.data("HOME is not set; pass --home DIR or set FOLLOWUP_HOME");
        }
        return Path.of(h);
    }

    public Config config() {
        if (config == null) {
            config = ConfigFile.read(configFile());
        }
        return config;
    }

    /** config.yaml, which may not exist. */
    Path configFile() {
        return configFolder().resolve("config.yaml");
    }

    /** The --as-of text as given, or null. */
    String asOf() {
        return asOf;
    }

    public Store store() {
        if (store == null) {
            store = new Store(home(), this, cacheFolder(), Version.build(), environment.wallClock());
        }
        return store;
    }

    /** The store wrote a file: it is committed after the command, when the home is a repository. */
    @Override
    public void written(String file, String summary) {
        changes.written(file, summary);
    }

    /** The store found a working copy an edit left behind: the person hears of it on stderr. */
    @Override
    public void abandoned(String notice) {
        err().println("followup: " + notice);
    }

    /**
     * What a command that only reads says when the data home does not exist: one line on
     * {@code err}, whatever else it prints (even {@code today --quiet}), so that a mistyped
     * {@code FOLLOWUP_HOME} in a crontab does not stay silent for ever (SPEC §5). Not an error: a
     * new user's first {@code today} has no home yet either.
     */
    void noteMissingHome(PrintWriter err) {
        Path h = home();
        if (!java.nio.file.Files.isDirectory(h)) {
            err.println("followup: no data home at " + h + " (nothing to read yet; --home, FOLLOWUP_HOME or "
                    + "XDG_DATA_HOME choose it, and 'followup add' makes it)");
        }
    }

    /** The last answers of commands that only read, in the cache folder; null when there is none. */
    AnswerCache answers() {
        Path cache = cacheFolder();
        return cache == null ? null : new AnswerCache(cache, home(), Version.build(), environment.wallClock());
    }

    /** git in the data home. */
    Git git() {
        return new Git(home(), environment);
    }

    /**
     * Commits what the command wrote, when the home is a git repository; called once, after the
     * command, by {@link Cli}. Spawns nothing, and looks at nothing, when nothing was written.
     */
    void commitChanges() {
        if (changes.isEmpty()) {
            return;
        }
        // under the store's lock, so two followups (cron and you) do not race for git's index
        try (Store.Lock lock = store().lock()) {
            git().commit(changes, err());
        } catch (java.io.IOException e) {
            err().println("followup: warning: the change is saved but not committed to git: " + Cli.describe(e));
        }
    }

    /** The width to fit tables to: the terminal's, or 0 (no limit) when stdout is not a terminal. */
    public int width() {
        if (!environment.stdoutTerminal()) {
            return 0;
        }
        return environment.columns() > 0 ? environment.columns() : 80;
    }

    public Style style() {
        boolean color = !noColor && environment.variable("NO_COLOR") == null && environment.stdoutTerminal();
        return new Style(color);
    }
}
