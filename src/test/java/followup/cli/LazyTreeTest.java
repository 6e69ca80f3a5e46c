package followup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run builds only the subcommand it runs, and {@link Arguments} reads the commonest lines without
 * picocli at all; whatever the arguments, a run must print and return exactly what the whole tree
 * would.
 */
class LazyTreeTest {

    @TempDir
    Path temp;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(Path home, boolean lazy, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(Map.of("FOLLOWUP_HOME", home.toString(), "HOME", temp.resolve("user").toString()),
                () -> LocalDate.of(2026, 11, 23), false, false, 0,
                () -> (label, completions) -> {
                    throw new AssertionError("no prompt expected");
                }, (command, file) -> 0);
        int code = Cli.run(env, new PrintWriter(out), new PrintWriter(err), lazy, args);
        // with --debug a stack trace is printed; its frames show the way the run took, not what it did
        return new Outcome(code, out.toString(), err.toString().replaceAll("(?m)^\\s+(at |\\.\\.\\. ).*\\R", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "today", "today --days 7 --json", "--as-of 2026-11-20 today", "--home=%h today --quiet",
        "--no-color --debug list --all", "list --status nope", "show acme-corp", "show acme-corp --json", "show nope",
        "check", "draft thanks acme-corp", "draft --list",
        "--help", "-h", "--version", "-V", "--no-color -V --home=x", "-V --home", "-h today", "--version today",
        "today --version", "today --help", "add -h", "list --help",
        "show --help", "log --help", "edit --help", "draft --help", "check --help", "merge-file --help",
        "", "tody", "today --bogus", "--bogus today", "--home", "--as-of yesterday", "log", "log acme-corp",
        "log acme-corp frobnicate", "today extra", "-- today", "merge-file", "inbox", "inbox --help",
        "inbox %h/nowhere", "inbox --dry-run --yes %h",
        // what runs without picocli, and every near miss it must leave to picocli
        "today --days=3", "today --days 0", "today --days 3660", "today --days 3661", "today --days 99999",
        "today --days 0010", "today --days +3", "today --days -3", "today --days", "today --days=", "today --days x",
        "today --days 1 --days 2", "--days 3 today", "--json today", "today --json --json", "today --quiet --quiet",
        "today --json=true", "today --quiet --days 400", "today --no-color --debug", "today --as-of 2026-11-30",
        "today --as-of=eow --json", "--as-of tomorrow today --days 7", "--as-of 2026-02-30 today",
        "--as-of nonsense today", "--as-of today --as-of tomorrow today", "--as-of= today", "--as-of -1 today",
        "--home %h/nowhere today", "--home=%h today --home=%h", "today --home %h", "--home %h today --json",
        "--debug --debug today", "--no-color --no-color today", "today -V", "today --version", "-V -V",
        "--version --version", "--version=1", "-V --no-color --debug", "--as-of nonsense --version",
        "--home", "--home=", "@nofile today", "today @nofile", "today -- ", "Today", "today --Days 3",
        "today -d 3", "--no-color=true today",
        // global options after the command, help and version among them, and flags given values
        "today --quiet --json --days 2 --no-color --as-of 2026-11-20 --home %h --debug", "--help today",
        "today --days 3 --help", "today -h --json", "-h -V", "--version --help", "-V=x", "--debug=1 today",
        "--home=%h --help", "list -h --home %h", "show --help acme-corp", "--home %h -- today", "today --quiet=",
        "today --days=7 --days=7", "today --json --days", "today --days --json", "--as-of=2026-11-20 --as-of=2026-11-21 today",
        "today --home=", "today --as-of", "--home %h list --all --home %h", "check --json --no-color",
        "today --home=%h --home=%h", "-h -h today", "today --help --help", "--as-of @x today", "today --days @x",
        "today --days 1e3", "today --days ٣", "today --json --quiet --json"})
    void printsWhatTheWholeTreePrints(String line) throws Exception {
        Path home = temp.resolve("home");
        copyExamples(home);
        String[] args = line.isEmpty() ? new String[0] : line.replace("%h", home.toString()).split(" ");
        Outcome whole = run(home, false, args);
        Outcome lazy = run(home, true, args);
        assertThat(lazy).isEqualTo(whole);
    }

    @ParameterizedTest
    @ValueSource(strings = {"today", "today --days 7 --json", "--as-of 2026-11-20 today", "--home=%h today --quiet",
        "today --days=3", "--no-color --debug today", "today --home %h --as-of=eow", "today --days 3661",
        "--as-of nonsense today", "--version", "-V", "--no-color -V --home=x", "--as-of nonsense --version",
        "today --quiet --json --days 2 --no-color --as-of 2026-11-20 --home %h --debug"})
    void theCommonestLinesRunWithoutPicocli(String line) {
        assertThat(quick(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "list", "--help", "today --help", "today -h", "--days 3 today", "today --days x",
        "today --days -3", "today --days +3", "today --json --json", "--home a --home b today", "today extra",
        "-- today", "today --", "@args today", "today --version", "-V today", "-V -V", "--home", "--home= today",
        "today --json=true", "tody", "Today", "--debug=1 today", "today --days ٣", "today --days 1234567890",
        "today --days=", "--version --help", "-h -V", "--as-of @x today"})
    void everyOtherLineGoesToPicocli(String line) {
        assertThat(quick(line)).isFalse();
    }

    /** Whether {@link Cli#run} answers this line without picocli (today or --version). */
    private boolean quick(String line) {
        Path home = temp.resolve("home");
        Arguments read = Arguments.read(line.isEmpty() ? new String[0] : line.replace("%h", home.toString()).split(" "));
        Environment env = new Environment(Map.of("FOLLOWUP_HOME", home.toString()), () -> LocalDate.of(2026, 11, 23),
                false, false, 0, () -> null, (command, file) -> 0);
        return read.version() || read.quick(new RootCommand(env, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))) != null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "--home x --help", "today --help", "--no-color list -h", "add --help --debug",
        "--as-of=eow show --help"})
    void helpIsKeptAndPrintedAgainAsPicocliPrintsIt(String line) throws Exception {
        Path home = temp.resolve("home");
        String[] args = line.split(" ");
        assertThat(Arguments.read(args).helpRequest()).isTrue();
        Outcome whole = run(home, false, args);
        assertThat(whole.code()).isZero();
        assertThat(whole.out()).contains("Usage: followup");
        assertThat(run(home, true, args)).as("made and kept").isEqualTo(whole);
        Path cache = temp.resolve("user/.cache/followup");
        List<Path> kept;
        try (var files = Files.list(cache)) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("help-")).toList();
        }
        assertThat(kept).hasSize(1);
        byte[] bytes = Files.readAllBytes(kept.get(0));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains(whole.out());
        assertThat(run(home, true, args)).as("printed from the cache").isEqualTo(whole);
        assertThat(Files.readAllBytes(kept.get(0))).as("not made again").isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "today", "--help --help", "-h -h", "git --help", "--help extra", "--home --help",
        "today list --help", "--bogus --help", "tody --help", "@file --help", "--version --help",
        "today --days 3 --help", "show acme-corp --help", "--help=x", "--home= --help", "--no-color --no-color -h"})
    void onlyPlainHelpRequestsAreKept(String line) {
        assertThat(Arguments.read(line.isEmpty() ? new String[0] : line.split(" ")).helpRequest()).isFalse();
    }

    @Test
    void writesTheSameFileAsTheWholeTree() throws Exception {
        String[] add = {"add", "Société Générale", "--role", "Data", "--interview", "2026-11-20", "--no-input"};
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        assertThat(run(a, true, add)).isEqualTo(run(b, false, add));
        assertThat(Files.readString(a.resolve("applications/societe-generale.yaml")))
                .isEqualTo(Files.readString(b.resolve("applications/societe-generale.yaml")));
    }

    @Test
    void everyCommandInTheSourcesIsInTheTree() throws Exception {
        // every class of this package annotated as a command, by the name it gives itself
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("@Command\\(name = \"([a-z-]+)\"");
        List<String> written = new java.util.ArrayList<>();
        try (var files = Files.list(Path.of("src/main/java/followup/cli"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("Command.java")).sorted().toList()) {
                var m = named.matcher(Files.readString(f));
                if (m.find() && !m.group(1).equals("followup")) {
                    written.add(m.group(1));
                }
            }
        }
        assertThat(written).hasSizeGreaterThan(10);
        var full = Cli.commandLine(new Environment(Map.of(), LocalDate::now, false, false, 0, () -> null, (c, f) -> 0),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(full.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(written);
        assertThat(Cli.COMMANDS).containsAll(Cli.STANDALONE);
        // each is registered under the name its annotation gives it
        full.getSubcommands().forEach((name, sub) -> assertThat(sub.getCommandSpec().name()).isEqualTo(name));
    }

    @Test
    void onlyGlobalOptionsMayComeBeforeTheCommand() {
        assertThat(sole("today")).isEqualTo("today");
        assertThat(sole("--home", "today", "list")).isEqualTo("list");
        assertThat(sole("--as-of=2026-11-20", "--no-color", "show", "x")).isEqualTo("show");
        assertThat(sole("--help", "today")).isNull();
        assertThat(sole("tody")).isNull();
        assertThat(sole("--version")).isEmpty();
        assertThat(sole("-V", "today")).isNull();
        assertThat(sole("--debug=1", "today")).isNull();
        assertThat(sole("today", "--bogus")).isEqualTo("today");
        assertThat(sole("completion", "bash")).as("needs the whole tree").isNull();
        assertThat(sole()).isNull();
    }

    private static String sole(String... args) {
        return Arguments.read(args).soleCommand();
    }

    private static void copyExamples(Path home) throws Exception {
        Path examples = Path.of("examples");
        Files.createDirectories(home.resolve("applications"));
        try (var files = Files.list(examples.resolve("applications"))) {
            for (Path f : files.toList()) {
                Files.copy(f, home.resolve("applications").resolve(f.getFileName()));
            }
        }
        Files.copy(examples.resolve("config.yaml"), home.resolve("config.yaml"));
    }
}
