package followup.sync;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import followup.cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History and sync through git, with real git in temporary folders: a private git config (no
 * system or user config of the machine), and git's merge driver running followup from this
 * test's class path, as {@code followup git init} installs it.
 */
class GitSyncTest {

    @TempDir
    Path tmp;

    private final Map<String, String> gitEnv = new LinkedHashMap<>();

    @BeforeEach
    void privateGit() throws IOException {
        Path user = Files.createDirectories(tmp.resolve("user"));
        Files.writeString(user.resolve(".gitconfig"), """
                [user]
                	name = Job Seeker
                	email = seeker@example.com
                [init]
                	defaultBranch = main
                """);
        gitEnv.put("HOME", user.toString());
        gitEnv.put("GIT_CONFIG_NOSYSTEM", "1");
        gitEnv.put("PATH", System.getenv("PATH"));
        gitEnv.put("LC_ALL", "C");
    }

    /** followup on one machine: its own data home, the shared private git config. */
    private Run machine(String name) {
        Run run = Run.in(tmp.resolve(name));
        gitEnv.forEach(run::env);
        return run;
    }

    private Path home(String name) {
        return tmp.resolve(name);
    }

    /** Plain git, as a test's own tool (not through followup). */
    private String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(gitEnv);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
        return out;
    }

    private List<String> subjects(String machine) throws Exception {
        return git(home(machine), "log", "--format=%s").lines().toList();
    }

    private String read(String machine, String id) throws IOException {
        return Files.readString(home(machine).resolve("applications/" + id + ".yaml"));
    }

    /** A laptop with applications under git, pushed to a bare repository the desktop clones. */
    private void laptopAndDesktop(Run laptop, Run desktop) throws Exception {
        assertThat(laptop.run("add", "Acme Corp", "--id", "acme", "--role", "Backend Engineer",
                "--contact", "Jane Doe <jane@acme.example>", "--interview", "2026-11-20",
                "--decision-by", "2026-11-27", "--no-input")).succeeded();
        assertThat(laptop.run("add", "Globex", "--interview", "2026-11-16", "--no-input")).succeeded();
        assertThat(laptop.run("add", "Initech", "--interview", "2026-11-18", "--no-input")).succeeded();
        assertThat(laptop.run("git", "init")).succeeded();
        git(tmp, "init", "-q", "--bare", "shared.git");
        assertThat(laptop.run("git", "remote", "add", "origin", tmp.resolve("shared.git").toString())).succeeded();
        assertThat(laptop.run("git", "push", "-q", "-u", "origin", "HEAD")).succeeded();
        assertThat(desktop.run("git", "clone", "-q", tmp.resolve("shared.git").toString())).succeeded();
    }

    @Test
    void logOnTheLaptopLogOnTheDesktopPullOnBothAndTodayAgrees() throws Exception {
        Run laptop = machine("laptop");
        Run desktop = machine("desktop");
        laptopAndDesktop(laptop, desktop);

        // the same application on both, and different ones
        assertThat(laptop.run("log", "acme", "thanks", "--on", "2026-11-20")).succeeded();
        assertThat(laptop.run("log", "globex", "reply", "--on", "2026-11-21")).succeeded();
        assertThat(desktop.run("log", "acme", "note", "--on", "2026-11-21", "--note", "on paper")).succeeded();
        assertThat(desktop.run("log", "acme", "check-in")).succeeded();
        assertThat(desktop.run("log", "initech", "thanks", "--on", "2026-11-18")).succeeded();

        assertThat(laptop.run("git", "push", "-q")).succeeded();
        assertThat(desktop.run("git", "pull", "-q")).succeeded();
        assertThat(desktop.run("git", "push", "-q")).succeeded();
        assertThat(laptop.run("git", "pull", "-q")).succeeded();

        for (String id : List.of("acme", "globex", "initech")) {
            assertThat(read("desktop", id)).as(id).isEqualTo(read("laptop", id));
        }
        String acme = read("laptop", "acme");
        for (String event : List.of("event: thanks", "event: note", "event: check-in")) {
            assertThat(acme.split(event, -1)).as(event).hasSize(2); // exactly once
        }
        assertThat(acme).containsSubsequence("event: thanks", "event: note", "event: check-in");
        Run.Result onLaptop = laptop.run("today", "--days", "30", "--json");
        Run.Result onDesktop = desktop.run("today", "--days", "30", "--json");
        assertThat(onLaptop).succeeded();
        assertThat(onDesktop).succeeded().outIs(onLaptop.out());
        assertThat(laptop.run("check")).succeeded();
        assertThat(desktop.run("check")).succeeded();
        assertThat(git(home("laptop"), "status", "--porcelain")).isEmpty();
        assertThat(git(home("desktop"), "status", "--porcelain")).isEmpty();
        assertThat(subjects("desktop")).contains("acme: log note (2026-11-21)", "acme: log check-in (2026-11-23)",
                "acme: log thanks (2026-11-20)", "globex: log reply (2026-11-21)", "initech: log thanks (2026-11-18)");
    }

    @Test
    void theSameEventLoggedOnBothMachinesIsKeptOnceWithItsNote() throws Exception {
        Run laptop = machine("laptop");
        Run desktop = machine("desktop");
        laptopAndDesktop(laptop, desktop);
        assertThat(laptop.run("log", "acme", "thanks", "--on", "2026-11-20")).succeeded();
        assertThat(desktop.run("log", "acme", "thanks", "--on", "2026-11-20", "--note", "sent from phone")).succeeded();
        assertThat(laptop.run("git", "push", "-q")).succeeded();
        assertThat(desktop.run("git", "pull", "-q", "--no-edit")).succeeded();
        String acme = read("desktop", "acme");
        assertThat(acme.split("event: thanks", -1)).as(acme).hasSize(2);
        assertThat(acme).contains("note: sent from phone");
        assertThat(desktop.run("check")).succeeded();
    }

    @Test
    void aTrueConflictIsReportedByCheckNotLostAndResolvedByAnEdit() throws Exception {
        Run laptop = machine("laptop");
        Run desktop = machine("desktop");
        laptopAndDesktop(laptop, desktop);
        assertThat(laptop.run("log", "acme", "timeline", "--decision-by", "2026-12-04")).succeeded();
        assertThat(desktop.run("log", "acme", "delayed", "--decision-by", "2026-12-11")).succeeded();
        assertThat(laptop.run("git", "push", "-q")).succeeded();

        Run.Result pull = desktop.run("git", "pull");
        assertThat(pull.code()).isEqualTo(1);
        assertThat(pull.out() + pull.err()).contains("CONFLICT", "applications/acme.yaml");

        // both values are in the file, which is still YAML; check names the conflict and its line
        String merged = read("desktop", "acme");
        assertThat(merged).contains("decision-by: 2026-12-11", "merge-conflict:", "  decision-by: 2026-12-04",
                "event: timeline", "event: delayed");
        Run.Result check = desktop.run("check");
        assertThat(check).exitsWith(1).outContains("applications/acme.yaml:", "unresolved merge conflict in 'decision-by'");
        assertThat(desktop.run("today")).exitsWith(1).errContains("unresolved merge conflict");

        // keep the laptop's date; during the merge followup saves but leaves committing to the user
        desktop.editor((command, file) -> {
            String text = Files.readString(file);
            text = text.replace("decision-by: 2026-12-11", "decision-by: 2026-12-04");
            Files.writeString(file, text.substring(0, text.indexOf("merge-conflict:")));
            return 0;
        });
        assertThat(desktop.run("edit", "acme")).succeeded().errContains("a git merge is in progress");
        // still unmerged for git until it is marked resolved
        assertThat(desktop.run("check")).exitsWith(1).outContains("acme.yaml: unmerged", "'followup git add applications/acme.yaml'");
        assertThat(desktop.run("git", "add", "applications/acme.yaml")).succeeded();
        assertThat(desktop.run("check")).succeeded();
        assertThat(desktop.run("git", "commit", "-q", "-a", "--no-edit")).succeeded();
        assertThat(desktop.run("git", "push", "-q")).succeeded();
        assertThat(laptop.run("git", "pull", "-q")).succeeded();
        assertThat(read("laptop", "acme")).isEqualTo(read("desktop", "acme")).contains("decision-by: 2026-12-04");
    }

    @Test
    void initCreatesTheHomeAndInstallsTheMergeDriver() throws Exception {
        Run run = machine("fresh");
        assertThat(run.run("git", "init", "-q")).succeeded();
        Path home = home("fresh");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        assertThat(Files.readString(home.resolve(".gitattributes"))).contains("applications/*.yaml merge=followup");
        assertThat(Files.readString(home.resolve(".gitignore"))).contains("applications/.*");
        assertThat(git(home, "config", "merge.followup.driver")).contains("followup.Main", "merge-file %O %A %B %P");
        assertThat(git(home, "config", "pull.rebase").strip()).isEqualTo("false");
        assertThat(subjects("fresh")).containsExactly("start history");
        // again: nothing new to set up, nothing committed
        assertThat(run.run("git", "init", "-q")).succeeded();
        assertThat(subjects("fresh")).containsExactly("start history");
    }

    @Test
    void everyChangeIsCommittedWithWhatHappenedAndNothingElseIs() throws Exception {
        Run run = machine("home");
        assertThat(run.run("git", "init", "-q")).succeeded();
        assertThat(run.run("add", "Globex", "--interview", "2026-11-20", "--no-input")).succeeded();
        assertThat(run.run("log", "globex", "thanks")).succeeded();
        assertThat(run.run("log", "globex", "interview", "--on", "2026-12-01")).succeeded();
        run.editor((command, file) -> {
            Files.writeString(file, Files.readString(file) + "anchor: the Accelerate book\n");
            return 0;
        });
        assertThat(run.run("edit", "globex")).succeeded();
        assertThat(subjects("home")).containsExactly("globex: edit", "globex: log interview (2026-12-01)",
                "globex: log thanks (2026-11-23)", "add globex", "start history");

        // reads, refused commands and an edit that changes nothing commit nothing, and spawn no git
        run.spawned.clear();
        run.editor((command, file) -> 0);
        assertThat(run.run("edit", "globex")).succeeded();
        assertThat(run.run("today")).succeeded();
        assertThat(run.run("list", "--all")).succeeded();
        assertThat(run.run("show", "globex")).succeeded();
        assertThat(run.run("log", "globex", "nonsense")).exitsWith(2);
        assertThat(run.spawned).isEmpty();
        // check asks git one thing: which files a merge left unmerged
        assertThat(run.run("check")).succeeded();
        assertThat(run.spawned).containsExactly(GitRunner.command(home("home"), List.of("ls-files", "-u", "-z")));
        assertThat(subjects("home")).hasSize(5);
    }

    @Test
    void aHandEditIsCommittedByTheNextCommandThatWrites() throws Exception {
        Run run = machine("home");
        assertThat(run.run("add", "Acme", "--no-input")).succeeded();
        assertThat(run.run("add", "Globex", "--no-input")).succeeded();
        assertThat(run.run("git", "init", "-q")).succeeded();
        Path acme = home("home").resolve("applications/acme.yaml");
        Files.writeString(acme, Files.readString(acme) + "# met Jane at the meetup\n");
        assertThat(run.run("log", "globex", "reply")).succeeded().errIsEmpty();
        String last = git(home("home"), "log", "-1", "--format=%B");
        assertThat(last).startsWith("globex: log reply (2026-11-23)\n")
                .contains("Also records changes made outside followup:", "applications/acme.yaml");
        assertThat(git(home("home"), "status", "--porcelain")).isEmpty();
    }

    @Test
    void aGitFailureIsAWarningAndTheChangeStaysSaved() throws Exception {
        Run run = machine("home");
        assertThat(run.run("add", "Acme", "--no-input")).succeeded();
        assertThat(run.run("git", "init", "-q")).succeeded();
        Path hook = home("home").resolve(".git/hooks/pre-commit");
        Files.writeString(hook, "#!/bin/sh\necho 'refused by a hook' >&2\nexit 1\n");
        hook.toFile().setExecutable(true);
        assertThat(run.run("log", "acme", "reply")).succeeded()
                .errContains("warning: the change is saved but not committed to git", "refused by a hook");
        assertThat(read("home", "acme")).contains("event: reply");
    }

    @Test
    void withNoRepositoryNothingOfThisHappensAndGitIsNeverStarted() throws Exception {
        Run run = machine("plain");
        assertThat(run.run("add", "Acme", "--interview", "2026-11-20", "--no-input")).succeeded().errIsEmpty();
        assertThat(run.run("log", "acme", "thanks")).succeeded().errIsEmpty();
        run.editor((command, file) -> {
            Files.writeString(file, Files.readString(file) + "source: referral\n");
            return 0;
        });
        assertThat(run.run("edit", "acme")).succeeded().errIsEmpty();
        assertThat(run.run("today")).succeeded();
        assertThat(run.spawned).isEmpty();
        assertThat(home("plain").resolve(".git")).doesNotExist();
        // and followup git says what to do rather than run git somewhere else
        assertThat(run.run("git", "log")).exitsWith(1).errContains("is not a git repository", "followup git init");
        assertThat(run.spawned).isEmpty();
    }

    @Test
    void everyArgumentAfterGitIsGits() throws Exception {
        Run run = machine("home");
        assertThat(run.run("add", "Acme", "--no-input")).succeeded();
        assertThat(run.run("git", "init", "-q")).succeeded();
        run.spawned.clear();
        Run.Result log = run.run("git", "log", "--oneline", "-p", "--format=%s", "--", "applications");
        assertThat(log).succeeded().outContains("start history", "+company: Acme");
        assertThat(run.spawned).containsExactly(GitRunner.command(home("home"), List.of("log", "--oneline", "-p",
                "--format=%s", "--", "applications")));
        assertThat(run.run("git", "rev-parse", "--show-toplevel").out().strip())
                .isEqualTo(home("home").toRealPath().toString());
        // git's exit code is followup's
        assertThat(run.run("git", "diff", "--quiet", "HEAD")).succeeded();
        Files.writeString(home("home").resolve("applications/acme.yaml"), "company: Acme Corp\n");
        assertThat(run.run("git", "diff", "--quiet", "HEAD")).exitsWith(1);
        assertThat(run.run("git", "no-such-command").code()).isEqualTo(1);
        assertThat(run.run("git", "--version")).succeeded().outContains("git version");
    }

    @Test
    void cloneRefusesAHomeThatIsNotEmpty() throws Exception {
        Run run = machine("home");
        assertThat(run.run("add", "Acme", "--no-input")).succeeded();
        assertThat(run.run("git", "clone", tmp.resolve("nowhere.git").toString())).exitsWith(1)
                .errContains("is not empty");
        assertThat(run.spawned).isEmpty();
    }

    @Test
    void checkNamesLeftoverConflictMarkersAndSaysHowToResolveThem() throws Exception {
        Run run = machine("home");
        assertThat(run.run("add", "Acme", "--interview", "2026-11-20", "--no-input")).succeeded();
        assertThat(run.run("add", "Globex", "--interview", "2026-11-20", "--no-input")).succeeded();
        Path globex = home("home").resolve("applications/globex.yaml");
        Files.writeString(globex, """
                company: Globex
                <<<<<<< ours
                status: interviewing
                =======
                status: rejected
                >>>>>>> theirs
                """);
        String expected = globex + ":2:1: unresolved merge conflict; edit the file and keep one side, then 'followup check'";
        assertThat(run.run("check")).exitsWith(1).outContains(expected);
        assertThat(run.run("today")).exitsWith(1).errContains(expected).outContains("Acme");
        assertThat(run.run("list", "--json")).exitsWith(1).outContains("unresolved merge conflict", "\"acme\"");
        // edit opens the broken file, and saves it once it is resolved
        run.editor((command, file) -> {
            Files.writeString(file, "company: Globex\nstatus: rejected\n");
            return 0;
        });
        assertThat(run.run("edit", "globex")).succeeded();
        assertThat(run.run("check")).succeeded();
    }

    // ---- the merge driver wherever git runs it (SPEC §8 "Sync loses nothing") ---------------

    /** A launcher like target/followup at {@code file}: runs this test's followup from its class path. */
    private static Path launcher(Path file) throws IOException {
        List<String> words = new ArrayList<>();
        for (String word : Programs.SYSTEM.self()) {
            words.add(DriverLine.shellQuote(word));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\nexec " + String.join(" ", words) + " \"$@\"\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }

    /** Laptop and desktop set up by a launcher at {@code old}, which is then gone (mvn clean, a new install). */
    private void setUpByALauncherThatMoves(Run laptop, Run desktop) throws Exception {
        Path old = launcher(tmp.resolve("old/followup"));
        laptop.self(List.of(old.toString()));
        desktop.self(List.of(old.toString()));
        laptopAndDesktop(laptop, desktop);
        Files.delete(old);
        assertThat(laptop.run("log", "acme", "thanks", "--on", "2026-11-20")).succeeded();
        assertThat(laptop.run("git", "push", "-q")).succeeded();
        assertThat(desktop.run("log", "acme", "note", "--on", "2026-11-21", "--note", "on paper")).succeeded();
    }

    @Test
    void aMovedLauncherIsFoundOnGitsPath() throws Exception {
        Run laptop = machine("laptop");
        Run desktop = machine("desktop");
        setUpByALauncherThatMoves(laptop, desktop);
        Path bin = launcher(tmp.resolve("bin/followup")).getParent();
        desktop.env("PATH", bin + ":" + System.getenv("PATH"));

        assertThat(desktop.run("git", "pull", "-q", "--no-edit")).succeeded();
        assertThat(read("desktop", "acme")).containsSubsequence("event: thanks", "event: note", "note: on paper");
        assertThat(desktop.run("check")).succeeded();
    }

    @Test
    void aLauncherWhosePathHoldsAPercentSignIsRecordedAsItIs() throws Exception {
        // git expands %A, %B, ... in the driver line: the path must reach sh unchanged
        Path odd = launcher(tmp.resolve("50%A off/followup"));
        Run laptop = machine("laptop").self(List.of(odd.toString()));
        Run desktop = machine("desktop").self(List.of(odd.toString()));
        laptopAndDesktop(laptop, desktop);
        assertThat(laptop.run("log", "acme", "thanks", "--on", "2026-11-20")).succeeded();
        assertThat(laptop.run("git", "push", "-q")).succeeded();
        assertThat(desktop.run("log", "acme", "note", "--on", "2026-11-21", "--note", "on paper")).succeeded();
        desktop.env("PATH", "/usr/bin:/bin");
        assertThat(desktop.run("git", "pull", "-q", "--no-edit")).succeeded();
        assertThat(read("desktop", "acme")).containsSubsequence("event: thanks", "event: note");
    }

    @Test
    void underABareEnvironmentTheDriverLooksWhereFollowupIsUsuallyInstalled() throws Exception {
        Run laptop = machine("laptop");
        Run desktop = machine("desktop");
        setUpByALauncherThatMoves(laptop, desktop);
        // where the README installs it, in the home of the user who set the repository up
        launcher(Path.of(gitEnv.get("HOME"), ".local/bin/followup"));
        git(home("desktop"), "fetch", "-q");

        // as cron or env -i run git: no HOME, no PATH (sh's own default)
        ProcessBuilder merge = new ProcessBuilder("git", "-C", home("desktop").toString(), "-c", "user.name=Job Seeker",
                "-c", "user.email=seeker@example.com", "merge", "--no-edit", "-q", "origin/main")
                .redirectErrorStream(true);
        merge.environment().clear();
        merge.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process p = merge.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(read("desktop", "acme")).containsSubsequence("event: thanks", "event: note", "note: on paper");
    }

    @Test
    void withNoFollowupToRunGitReportsAConflictNeverASilentOursAndCheckNamesTheFile() throws Exception {
        for (String place : List.of("/usr/bin/followup", "/bin/followup", "/usr/local/bin/followup")) {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of(place)), place + " is installed");
        }
        Run laptop = machine("laptop");
        Run desktop = machine("desktop");
        setUpByALauncherThatMoves(laptop, desktop);
        desktop.env("PATH", "/usr/bin:/bin");

        Run.Result pull = desktop.run("git", "pull", "--no-edit");
        assertThat(pull.code()).isEqualTo(1);
        assertThat(pull.out() + pull.err()).contains("CONFLICT", "applications/acme.yaml",
                "git's merge driver cannot run followup");
        assertThat(git(home("desktop"), "ls-files", "-u")).contains("applications/acme.yaml");
        // both sides are there, between git's markers: nothing was chosen for the user
        String merged = read("desktop", "acme");
        assertThat(merged).contains("<<<<<<<", ">>>>>>>", "event: thanks", "event: note");

        Path acme = home("desktop").resolve("applications/acme.yaml");
        Run.Result check = desktop.run("check");
        assertThat(check).exitsWith(1).outContains(acme + ": unmerged: a git merge stopped on it; fix it with "
                + "'followup edit acme', mark it resolved with 'followup git add applications/acme.yaml', and once "
                + "'followup check' is clean, finish with 'followup git commit -a --no-edit'");
        assertThat(check.err()).contains("2 problems");

        // the commands it names resolve it
        desktop.editor((command, file) -> {
            String text = Files.readString(file);
            StringBuilder kept = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                if (!line.startsWith("<<<<<<<") && !line.startsWith("=======") && !line.startsWith(">>>>>>>")) {
                    kept.append(line).append('\n');
                }
            }
            Files.writeString(file, kept.toString().stripTrailing() + "\n");
            return 0;
        });
        assertThat(desktop.run("edit", "acme")).succeeded();
        assertThat(desktop.run("check")).exitsWith(1).outContains("unmerged");
        assertThat(desktop.run("git", "add", "applications/acme.yaml")).succeeded();
        assertThat(desktop.run("check")).succeeded();
        assertThat(desktop.run("git", "commit", "-q", "-a", "--no-edit")).succeeded();
        assertThat(read("desktop", "acme")).contains("event: thanks", "event: note");
    }

    @Test
    void anOlderDriverLineIsUpgradedByTheNextCommitAndByInit() throws Exception {
        Run run = machine("home");
        assertThat(run.run("add", "Acme", "--no-input")).succeeded();
        assertThat(run.run("git", "init", "-q")).succeeded();
        String older = "/gone/bin/followup merge-file %O %A %B %P";
        git(home("home"), "config", "merge.followup.driver", older);

        assertThat(run.run("log", "acme", "reply")).succeeded().errContains("updated git's merge driver");
        assertThat(git(home("home"), "config", "merge.followup.driver")).contains(DriverLine.DRIVER_MARK);
        assertThat(run.run("log", "acme", "check-in")).succeeded().errIsEmpty();

        git(home("home"), "config", "merge.followup.driver", older);
        assertThat(run.run("git", "init", "-q")).succeeded();
        assertThat(git(home("home"), "config", "merge.followup.driver")).contains(DriverLine.DRIVER_MARK);
        // a repository the user set up without followup's driver is left as it is
        Run plain = machine("plain");
        assertThat(plain.run("add", "Acme", "--no-input")).succeeded();
        git(home("plain"), "init", "-q");
        assertThat(plain.run("log", "acme", "reply")).succeeded().errIsEmpty();
        assertThat(new ProcessBuilder("git", "-C", home("plain").toString(), "config", "merge.followup.driver")
                .start().waitFor()).isEqualTo(1);
    }

    // ---- a private history --------------------------------------------------------------------

    /** Paths under {@code root} that group or others may use in any way. */
    private static List<String> open(Path root) throws IOException {
        try (var tree = Files.walk(root)) {
            return tree.filter(p -> !Files.isSymbolicLink(p)).filter(p -> !mode(p).endsWith("------"))
                    .map(p -> p + " " + mode(p)).toList();
        }
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void initMakesTheRepositoryPrivateAndTightensAnExistingHome() throws Exception {
        Run run = machine("home");
        assertThat(run.run("add", "Acme", "--no-input")).succeeded();
        Path home = home("home");
        Path acme = home.resolve("applications/acme.yaml");
        // a home made by hand, or copied, open to others
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(home.resolve("applications"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(acme, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(run.run("git", "init", "-q")).succeeded();
        assertThat(mode(home)).isEqualTo("rwx------");
        assertThat(mode(home.resolve(".git"))).isEqualTo("rwx------");
        assertThat(mode(home.resolve("applications"))).isEqualTo("rwx------");
        assertThat(mode(acme)).isEqualTo("rw-------");
        assertThat(open(home)).isEmpty();
        assertThat(git(home, "config", "core.sharedRepository").strip()).isEqualTo("0600");

        // git run without followup, with the usual umask, keeps the history private too
        Files.writeString(home.resolve("applications/globex.yaml"), "company: Globex\n");
        git(home, "add", "applications/globex.yaml");
        git(home, "commit", "-q", "-m", "by hand");
        assertThat(open(home.resolve(".git"))).isEmpty();
    }

    @Test
    void aCloneIsPrivateFilesAndHistory() throws Exception {
        Run laptop = machine("laptop");
        Run desktop = machine("desktop");
        laptopAndDesktop(laptop, desktop);
        assertThat(mode(home("desktop"))).isEqualTo("rwx------");
        assertThat(open(home("desktop"))).isEmpty();
        assertThat(git(home("desktop"), "config", "core.sharedRepository").strip()).isEqualTo("0600");
        // and what a pull brings in
        assertThat(laptop.run("add", "Initrode", "--no-input")).succeeded();
        assertThat(laptop.run("git", "push", "-q")).succeeded();
        assertThat(desktop.run("git", "pull", "-q", "--no-edit")).succeeded();
        assertThat(mode(home("desktop").resolve("applications/initrode.yaml"))).isEqualTo("rw-------");
        assertThat(open(home("desktop"))).isEmpty();
    }
}
