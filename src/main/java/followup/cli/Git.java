package followup.cli;

import followup.UserException;
import followup.store.AtomicFiles;
import followup.store.Store;
import followup.sync.Programs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * git in the data home, as {@code pass git} does it: {@code git -C HOME ...}. Runs the user's
 * git commands, sets a repository up for followup (the merge driver), and commits what followup
 * wrote. Nothing here runs unless the home is a repository or the user asked for git.
 */
final class Git {

    /** What git does with application files in a merge: our driver (see {@code followup merge-file}). */
    static final String ATTRIBUTES = "applications/*.yaml merge=followup";

    /**
     * Names this version of the driver's command line inside it: a repository whose driver lacks
     * it was set up by an older followup (a bare launcher path) and is upgraded.
     */
    static final String DRIVER_MARK = "followup merge driver 2";

    /** followup's own dot files (the lock, temp files, edit copies) never belong in the history. */
    private static final List<String> IGNORED = List.of("applications/.*", "templates/.*", ".*.tmp");

    /** What the history holds: the applications, the config and the templates, and git's own two files. */
    private static final List<String> TRACKED = List.of("applications", "config.yaml", "templates",
            ".gitattributes", ".gitignore");

    /** Variables that would point git at another repository than the home's. */
    private static final Set<String> REDIRECTS = Set.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE",
            "GIT_PREFIX");

    /** sh's exit code when it cannot find the program (git). */
    private static final int NOT_FOUND = 127;

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_/.,:=@+-]+");

    private final Path home;
    private final Environment environment;

    Git(Path home, Environment environment) {
        this.home = home;
        this.environment = environment;
    }

    /** True when the home is a git repository of its own (never asks git: reads must not spawn it). */
    boolean isRepository() {
        return Files.exists(home.resolve(".git"));
    }

    /** Runs {@code git -C HOME args...} on the user's terminal; returns git's exit code. */
    int run(List<String> args) {
        try {
            int code = environment.programs().interactive(command(args), variables());
            if (code == NOT_FOUND) {
                throw UserException.data("cannot run git (is it installed and on PATH?)");
            }
            return code;
        } catch (IOException e) {
            throw UserException.data("cannot run git (is it installed and on PATH?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserException.data("interrupted while git was running");
        }
    }

    /**
     * {@code followup git init ...}: creates the home when missing (or tightens it to 0700), then
     * a private repository ({@code --shared=0600} unless the user chose {@code --shared}), then
     * sets it up.
     */
    int init(List<String> args, PrintWriter err) throws IOException {
        new Store(home).ensureFolders();
        boolean chosen = args.stream().anyMatch(a -> a.startsWith("--shared"));
        if (!chosen) {
            tightenHome(err);
        }
        List<String> init = new ArrayList<>(args);
        if (!chosen) {
            init.add(1, "--shared=0600");
        }
        int code = run(init);
        if (code == 0) {
            if (!chosen) {
                keepPrivate(err);
            }
            setUp(err);
            commit("start history", Set.of(), err);
        }
        return code;
    }

    /** {@code followup git clone URL}: clones into the (new or empty) home, then makes it private and sets it up. */
    int cloneInto(List<String> args, PrintWriter err) throws IOException {
        if (Files.isDirectory(home)) {
            try (var entries = Files.list(home)) {
                if (entries.findAny().isPresent()) {
                    throw UserException.data(home + " is not empty: clone into a new data home (--home DIR), "
                            + "or make this one a repository with 'followup git init'");
                }
            }
        }
        Store.createPrivate(home);
        tightenHome(err);
        List<String> into = new ArrayList<>(args);
        into.add(".");
        int code = run(into);
        if (code == 0) {
            keepPrivate(err);
            setUp(err);
            commit("set up followup's merge driver", Set.of(), err);
        }
        return code;
    }

    /**
     * Tells git to keep the repository's files private from now on (what git itself writes there
     * later, even when run without followup) and takes group and other access from what is there.
     */
    private void keepPrivate(PrintWriter err) {
        try {
            quietly("config", "core.sharedRepository", "0600");
        } catch (Failed e) {
            err.println("followup: warning: git is not told to keep the repository private: " + e.getMessage());
        }
        tighten(gitDir(), err);
    }

    /**
     * Installs the merge driver ({@code .gitattributes} and the repository's config), keeps
     * followup's dot files out ({@code .gitignore}), and makes {@code git pull} merge when the
     * user has not said otherwise (git refuses to pull diverged branches without being told).
     */
    void setUp(PrintWriter err) throws IOException {
        ensureLines(home.resolve(".gitattributes"), "# followup merges application files field by field (followup git init)",
                List.of(ATTRIBUTES));
        ensureLines(home.resolve(".gitignore"), "# followup's lock and temporary files", IGNORED);
        try {
            installDriver();
            if (captured(List.of("config", "--get", "pull.rebase")).code() == 1) {
                quietly("config", "pull.rebase", "false");
            }
        } catch (Failed e) {
            err.println("followup: warning: the merge driver is not set up: " + e.getMessage());
        }
    }

    private void installDriver() throws Failed {
        quietly("config", "merge.followup.name", "followup: merges application files field by field");
        quietly("config", "merge.followup.driver", driver());
    }

    /** Group and other permissions followup takes away: its folders are 0700 and its files 0600. */
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /**
     * Takes group and other access from the home and what followup keeps there (applications/,
     * templates/, config.yaml and the files in those folders), for a home made by hand or by an
     * older followup before it becomes a repository. Nothing else in the folder is touched.
     */
    private void tightenHome(PrintWriter err) {
        tightenOne(home, err);
        tightenOne(home.resolve("config.yaml"), err);
        for (String folder : List.of("applications", "templates")) {
            Path dir = home.resolve(folder);
            tightenOne(dir, err);
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    files.filter(f -> !Files.isSymbolicLink(f)).forEach(f -> tightenOne(f, err));
                } catch (IOException e) {
                    err.println("followup: warning: cannot make " + dir + " private: " + Cli.describe(e));
                }
            }
        }
    }

    /** Takes group and other access from everything under {@code dir}; symbolic links are left alone. */
    private static void tighten(Path dir, PrintWriter err) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var tree = Files.walk(dir)) {
            tree.filter(f -> !Files.isSymbolicLink(f)).forEach(path -> tightenOne(path, err));
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("followup: warning: cannot make " + dir + " private: " + e.getMessage());
        }
    }

    /** Takes group and other access from one file or folder (the target of a link), when it exists. */
    private static void tightenOne(Path path, PrintWriter err) {
        if (!Files.exists(path)) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
            if (perms.removeAll(SHARED)) {
                Files.setPosixFilePermissions(path, perms);
            }
        } catch (IOException e) {
            err.println("followup: warning: cannot make " + path + " private: " + Cli.describe(e));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX modes: nothing to tighten
        }
    }

    /**
     * Replaces a merge driver line written by an older followup (a bare path to the launcher,
     * which git cannot run once the launcher moved) with this version's, in a repository set up
     * for followup's driver. Called before each commit: a repository is repaired by the first
     * change after an upgrade, before its next merge. Reads one file when nothing is to be done.
     */
    private void upgradeDriver(PrintWriter err) {
        try {
            Path attributes = home.resolve(".gitattributes");
            if (!Files.isRegularFile(attributes)
                    || !Files.readString(attributes, StandardCharsets.UTF_8).contains(ATTRIBUTES)) {
                return; // not set up for followup's driver: a plain git repository stays as the user made it
            }
            Path config = gitDir().resolve("config");
            if (Files.isRegularFile(config) && Files.readString(config, StandardCharsets.UTF_8).contains(DRIVER_MARK)) {
                return;
            }
            Programs.Captured current = captured(List.of("config", "--get", "merge.followup.driver"));
            if (current.code() == 0 && current.output().contains(DRIVER_MARK)) {
                return;
            }
            installDriver();
            err.println("followup: note: updated git's merge driver in " + home
                    + " (it now finds followup wherever git runs it, and leaves a conflict when it cannot)");
        } catch (IOException | Failed e) {
            err.println("followup: warning: git's merge driver is not updated: " + e.getMessage());
        }
    }

    /**
     * The driver's command line, a small shell script; git replaces %O %A %B %P with the base,
     * ours, theirs and the quoted path, and runs it with sh. It runs followup from the first of:
     * the program that set it up (where it was then), {@code followup} on git's PATH, and the
     * usual install places ({@code ~/.local/bin}, of the user running git and of the user who
     * set it up, for a bare environment with no HOME; {@code ~/bin}; {@code /usr/local/bin};
     * {@code /usr/bin}). A followup that cannot start (exit 2 or more: no Java, killed) is passed
     * over for the next. With none, git's own line merge leaves conflict markers and the driver
     * exits 1: git then reports a conflict and holds the file unmerged, never keeping one side
     * silently. Any other '%' (in a path) is written '%%', which git turns back into one.
     */
    String driver() {
        List<String> self = environment.programs().self();
        List<String> recorded = new ArrayList<>();
        for (String word : self) {
            recorded.add(percent(shellQuote(word)));
        }
        Set<String> places = new LinkedHashSet<>();
        places.add("\"$HOME/.local/bin/followup\"");
        String user = environment.variable("HOME");
        if (user != null && user.startsWith("/")) {
            places.add(percent(shellQuote(Path.of(user, ".local", "bin", "followup").toString())));
        }
        places.add("\"$HOME/bin/followup\"");
        places.add("/usr/local/bin/followup");
        places.add("/usr/bin/followup");
        return ": " + DRIVER_MARK + "; "
                + "m() { \"$@\" merge-file %O %A %B %P; r=$?; [ $r -le 1 ] && exit $r; }; "
                + "[ -x " + recorded.get(0) + " ] && m " + String.join(" ", recorded) + "; "
                + "f=$(command -v followup) && m \"$f\"; "
                + "for f in " + String.join(" ", places) + "; do [ -x \"$f\" ] && m \"$f\"; done; "
                + "echo \"followup: git's merge driver cannot run followup (moved, or not on git's PATH): \"%P\" is"
                + " merged line by line and left in conflict; 'followup check' says how to finish, and"
                + " 'followup git init' repairs the driver\" >&2; "
                + "git merge-file -L ours -L base -L theirs %A %O %B; exit 1";
    }

    /** A '%' as git's driver line needs it (git expands %O, %A, ... and reads %% as one '%'). */
    private static String percent(String text) {
        return text.replace("%", "%%");
    }

    static String shellQuote(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** Adds the lines a file lacks (creating it, mode 0600, when missing), under a comment. */
    private static void ensureLines(Path file, String comment, List<String> lines) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Set<String> present = new LinkedHashSet<>(text.lines().map(String::strip).toList());
        StringBuilder add = new StringBuilder();
        for (String line : lines) {
            if (!present.contains(line)) {
                add.append(line).append('\n');
            }
        }
        if (add.length() == 0) {
            return;
        }
        String prefix = text.isEmpty() ? "" : text.endsWith("\n") ? "\n" : "\n\n";
        AtomicFiles.replace(file, (text + prefix + comment + "\n" + add).getBytes(StandardCharsets.UTF_8));
    }

    // ---- committing what followup wrote ------------------------------------------------------

    /** Records what one command wrote (the store tells it), to be committed once the command is done. */
    static final class Changes implements Store.Listener {
        private final Map<String, String> written = new LinkedHashMap<>();

        @Override
        public void written(String file, String summary) {
            written.merge(file, summary, (a, b) -> a.equals(b) ? a : a + "; " + b);
        }

        boolean isEmpty() {
            return written.isEmpty();
        }

        String summary() {
            return String.join("; ", new LinkedHashSet<>(written.values()));
        }

        Set<String> files() {
            return written.keySet();
        }
    }

    /**
     * Commits what a command wrote, when the home is a repository. Changes made by hand beside it
     * (anywhere in applications/, config.yaml, templates/) go into the same commit, named in its
     * message. A git failure never undoes or fails the write: it is a warning on stderr.
     */
    void commit(Changes changes, PrintWriter err) {
        if (!changes.isEmpty() && isRepository()) {
            commit(changes.summary(), changes.files(), err);
        }
    }

    /**
     * @param written the files followup wrote; others that changed are named in the message as
     *     changed outside followup (none are when empty: the commit is all followup's)
     */
    private void commit(String summary, Set<String> written, PrintWriter err) {
        upgradeDriver(err);
        try {
            Operation busy = operationInProgress();
            if (busy != null) {
                err.println("followup: " + busy.description + " is in progress in " + home + ", so this change is not committed"
                        + " yet; once 'followup check' is clean, finish it with " + busy.finish);
                return;
            }
            List<String> changed = changedFiles();
            if (changed.isEmpty()) {
                return;
            }
            StringBuilder message = new StringBuilder(summary);
            List<String> others = written.isEmpty() ? List.of()
                    : changed.stream().filter(f -> !written.contains(f)).toList();
            if (!others.isEmpty()) {
                message.append("\n\nAlso records changes made outside followup:\n");
                others.forEach(f -> message.append("  ").append(f).append('\n'));
            }
            List<String> add = new ArrayList<>(List.of("add", "-A", "--"));
            add.addAll(changed);
            quietly(add);
            // only these files: whatever else the user staged stays staged, uncommitted
            List<String> commit = new ArrayList<>(List.of("commit", "-q", "-m", message.toString(), "--"));
            commit.addAll(changed);
            quietly(commit);
        } catch (Failed e) {
            err.println("followup: warning: the change is saved but not committed to git: " + e.getMessage());
        }
    }

    /** Files under what the history holds that differ from the last commit (followup's dot files left out). */
    private List<String> changedFiles() throws Failed {
        List<String> status = new ArrayList<>(List.of("status", "--porcelain", "-z", "--untracked-files=all", "--"));
        status.addAll(TRACKED);
        String out = quietly(status);
        List<String> files = new ArrayList<>();
        String[] records = out.split("\0");
        for (int i = 0; i < records.length; i++) {
            String record = records[i];
            if (record.length() < 4) {
                continue;
            }
            String path = record.substring(3);
            if (record.charAt(0) == 'R' || record.charAt(0) == 'C') {
                i++; // a staged rename: the old name follows, and is part of the change
                if (i < records.length && ours(records[i])) {
                    files.add(records[i]);
                }
            }
            if (ours(path)) {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean ours(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return !name.startsWith(".") || path.equals(".gitattributes") || path.equals(".gitignore");
    }

    /** What git can be in the middle of in the home, and the command that finishes it. */
    enum Operation {
        MERGE("a git merge", "'followup git commit -a --no-edit'"),
        REBASE("a git rebase", "'followup git add -u' and 'followup git rebase --continue'"),
        CHERRY_PICK("a git cherry-pick", "'followup git add -u' and 'followup git cherry-pick --continue'"),
        REVERT("a git revert", "'followup git add -u' and 'followup git revert --continue'");

        final String description;
        /** The commands that finish it, quoted; they take along what followup saved meanwhile. */
        final String finish;

        Operation(String description, String finish) {
            this.description = description;
            this.finish = finish;
        }
    }

    /** What git is in the middle of (a merge, a rebase, ...), or null. */
    Operation operationInProgress() {
        Path gitDir = gitDir();
        if (Files.exists(gitDir.resolve("MERGE_HEAD"))) {
            return Operation.MERGE;
        }
        if (Files.exists(gitDir.resolve("rebase-merge")) || Files.exists(gitDir.resolve("rebase-apply"))) {
            return Operation.REBASE;
        }
        if (Files.exists(gitDir.resolve("CHERRY_PICK_HEAD"))) {
            return Operation.CHERRY_PICK;
        }
        if (Files.exists(gitDir.resolve("REVERT_HEAD"))) {
            return Operation.REVERT;
        }
        return null;
    }

    /** The repository's folder: {@code .git}, or the folder a {@code .git} file names (a linked worktree). */
    private Path gitDir() {
        Path gitDir = home.resolve(".git");
        if (Files.isRegularFile(gitDir)) {
            try {
                String line = Files.readString(gitDir, StandardCharsets.UTF_8).strip();
                if (line.startsWith("gitdir:")) {
                    return home.resolve(line.substring("gitdir:".length()).strip());
                }
            } catch (IOException e) {
                return gitDir;
            }
        }
        return gitDir;
    }

    /** A file git holds unmerged: its path in the home and the stages it has (1 base, 2 ours, 3 theirs). */
    record Unmerged(String path, Set<Integer> stages) {
        /** Deleted on one side, changed on the other. */
        boolean deletedOnOneSide() {
            return stages.contains(1) && !(stages.contains(2) && stages.contains(3));
        }
    }

    /** The files git holds unmerged ({@code git ls-files -u}), in git's order. */
    List<Unmerged> unmerged() throws IOException {
        String out;
        try {
            out = quietly("ls-files", "-u", "-z");
        } catch (Failed e) {
            throw new IOException(e.getMessage());
        }
        Map<String, Set<Integer>> files = new LinkedHashMap<>();
        for (String record : out.split("\0")) {
            // <mode> <object> <stage>TAB<path>
            int tab = record.indexOf('\t');
            if (tab < 2) {
                continue;
            }
            int stage = record.charAt(tab - 1) - '0';
            files.computeIfAbsent(record.substring(tab + 1), f -> new java.util.TreeSet<>()).add(stage);
        }
        List<Unmerged> unmerged = new ArrayList<>();
        files.forEach((path, stages) -> unmerged.add(new Unmerged(path, stages)));
        return unmerged;
    }

    // ---- running git --------------------------------------------------------------------------

    /** git said no: what it said last, which names the problem. */
    private static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message, null, false, false);
        }
    }

    private String quietly(String... args) throws Failed {
        return quietly(List.of(args));
    }

    /** Runs git without the terminal; a non-zero exit is a failure carrying git's last line. */
    private String quietly(List<String> args) throws Failed {
        Programs.Captured result = captured(args);
        if (result.code() != 0) {
            List<String> lines = result.output().lines().filter(l -> !l.isBlank()).toList();
            throw new Failed("'git " + args.get(0) + "' failed" + (lines.isEmpty() ? " (exit " + result.code() + ")"
                    : ": " + lines.get(lines.size() - 1).strip()));
        }
        return result.output();
    }

    private Programs.Captured captured(List<String> args) throws Failed {
        try {
            Programs.Captured result = environment.programs().captured(command(args), variables());
            if (result.code() == NOT_FOUND) {
                throw new Failed("cannot run git (is it installed and on PATH?)");
            }
            return result;
        } catch (IOException e) {
            throw new Failed("cannot run git (is it installed and on PATH?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        }
    }

    /**
     * {@code git -C HOME args...}, started by sh with umask 077: what git writes (the repository,
     * and the files a clone, pull or checkout puts in the home) is the user's alone, like
     * everything followup writes.
     */
    static List<String> command(Path home, List<String> args) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask 077 && exec git \"$@\"", "git",
                "-C", home.toString()));
        command.addAll(args);
        return command;
    }

    private List<String> command(List<String> args) {
        return command(home, args);
    }

    /** The environment, less what would point git at another repository than the home. */
    private Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>(environment.variables());
        variables.keySet().removeAll(REDIRECTS);
        return variables;
    }
}
