package followup.cli;

import followup.UserException;
import followup.cache.AnswerCache;
import followup.model.Config;
import followup.store.ConfigFile;
import followup.store.Store;
import followup.sync.AutoCommit;
import followup.sync.GitRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code followup}: the global options (valid before or after the subcommand; {@link GlobalOption})
 * and what every subcommand derives from them: the data home, the store, the config, today's date,
 * the style. The standard help options ({@code -h}, {@code -V}) are mixed in by {@link Cli}, after
 * the others, as picocli lists them.
 */
@Command(name = "followup",
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
            "  followup add Acme --role \"Backend Engineer\" --interview tomorrow --at 14:00",
            "  followup today --days 7",
            "  followup log acme thanks",
            "  followup draft thanks acme"})
public final class RootCommand implements Runnable, Store.Listener {

    private final Environment environment;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * The global options this run was given, each by its constant (a flag only when set): picocli
     * sets them through {@link #binding}, a line read without picocli through {@link #set}.
     */
    private final Map<GlobalOption, Object> given = new EnumMap<>(GlobalOption.class);

    @Spec
    private CommandSpec spec;

    private LocalDate today;
    private Config config;
    private Store store;
    /** What this command wrote, committed after it when the home is a git repository. */
    private final AutoCommit changes = new AutoCommit();

    /** The root of one run, printing to {@code out} and {@code err} (picocli is given the same two). */
    public RootCommand(Environment environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** Sets a global option as the command line gives it: its value, true for a flag; null or false for none. */
    void set(GlobalOption option, Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            given.remove(option);
        } else {
            given.put(option, value);
        }
    }

    /** What the command line gave {@code option}: its value, true for a flag; null when it was not given. */
    Object given(GlobalOption option) {
        return given.get(option);
    }

    /** Where picocli reads and sets {@code option}'s value ({@link GlobalOption#spec}). */
    Binding binding(GlobalOption option) {
        return new Binding(option);
    }

    /** A global option's value in {@link #given}, for picocli (not a lambda: the methods are generic). */
    final class Binding implements IGetter, ISetter {
        private final GlobalOption option;

        private Binding(GlobalOption option) {
            this.option = option;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            Object v = given.get(option);
            return (T) (v == null && option.type == boolean.class ? Boolean.FALSE : v);
        }

        @Override
        public <T> T set(T value) {
            T old = get();
            RootCommand.this.set(option, value);
            return old;
        }
    }

    /**
     * What the output of a command may depend on besides its own options and the files it reads,
     * as one value: every global option given, and what the run took from its surroundings (the
     * real date, colour, width, debug, the data home as given, which messages print, and
     * absolute). A kept answer is keyed on it ({@link AnswerCache} writes it field by field), so a
     * new global option is in every key without anyone adding it.
     */
    record Context(Map<GlobalOption, Object> options, LocalDate realToday, boolean color, int width, boolean debug,
            Path home, Path absoluteHome) {
    }

    Context context() {
        Path h = home();
        return new Context(Collections.unmodifiableMap(new EnumMap<>(given)), realToday(), style().color(), width(),
                debug(), h, h.toAbsolutePath());
    }

    @Override
    public void run() {
        spec.commandLine().usage(out());
    }

    public Environment environment() {
        return environment;
    }

    public boolean debug() {
        return given.containsKey(GlobalOption.DEBUG) || "1".equals(environment.variable("FOLLOWUP_DEBUG"));
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
            String asOf = asOf();
            today = asOf == null ? real : Dates.parse(asOf, real, real, config().workDays(), "--as-of");
        }
        return today;
    }

    /** The real date, whatever --as-of says (what a user means by "today" when typing a date). */
    public LocalDate realToday() {
        return environment.today().get();
    }

    public Path home() {
        Path home = (Path) given.get(GlobalOption.HOME);
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
        if (given.containsKey(GlobalOption.HOME) || environment.variable("FOLLOWUP_HOME") != null) {
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
        return (String) given.get(GlobalOption.AS_OF);
    }

    public Store store() {
        if (store == null) {
            store = new Store(home(), this, cacheFolder(), Version.build(), environment.wallClock(),
                    environment.trace());
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
    GitRunner git() {
        return new GitRunner(home(), environment.programs(), environment.variables());
    }

    /**
     * Commits what the command wrote, when the home is a git repository; called once, after the
     * command, by {@link Cli}. Spawns nothing, and looks at nothing, when nothing was written.
     */
    void commitChanges() {
        if (!changes.isEmpty()) {
            changes.commit(store(), git(), err());
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
        boolean color = !given.containsKey(GlobalOption.NO_COLOR) && environment.variable("NO_COLOR") == null
                && environment.stdoutTerminal();
        return new Style(color);
    }
}
