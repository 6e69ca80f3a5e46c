package followup.cli;

import followup.UserException;
import followup.store.AtomicFiles;
import followup.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** followup's own dot files (the lock, temp files, edit copies) never belong in the history. */
    private static final List<String> IGNORED = List.of("applications/.*", "templates/.*", ".*.tmp");

    /** What the history holds: the applications, the config and the templates, and git's own two files. */
    private static final List<String> TRACKED = List.of("applications", "config.yaml", "templates",
            ".gitattributes", ".gitignore");

    /** Variables that would point git at another repository than the home's. */
    private static final Set<String> REDIRECTS = Set.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE",
            "GIT_PREFIX");

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
            return environment.programs().interactive(command(args), variables());
        } catch (IOException e) {
            throw UserException.data("cannot run git (is it installed and on PATH?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserException.data("interrupted while git was running");
        }
    }

    /** {@code followup git init ...}: creates the home when missing, then the repository, then sets it up. */
    int init(List<String> args, PrintWriter err) throws IOException {
        new Store(home).ensureFolders();
        int code = run(args);
        if (code == 0) {
            setUp(err);
            commit("start history", Set.of(), err);
        }
        return code;
    }

    /** {@code followup git clone URL}: clones into the (new or empty) home, then sets it up. */
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
        List<String> into = new ArrayList<>(args);
        into.add(".");
        int code = run(into);
        if (code == 0) {
            setUp(err);
            commit("set up followup's merge driver", Set.of(), err);
        }
        return code;
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
            quietly("config", "merge.followup.name", "followup: merges application files field by field");
            quietly("config", "merge.followup.driver", driver());
            if (captured(List.of("config", "--get", "pull.rebase")).code() == 1) {
                quietly("config", "pull.rebase", "false");
            }
        } catch (Failed e) {
            err.println("followup: warning: the merge driver is not set up: " + e.getMessage());
        }
    }

    /** The driver's command line; git replaces %O %A %B %P with the base, ours, theirs and the path. */
    String driver() {
        List<String> self = environment.programs().self();
        List<String> words = new ArrayList<>();
        if (self.size() == 1 && onPath(Path.of(self.get(0)))) {
            words.add(Path.of(self.get(0)).getFileName().toString()); // survives moving to another folder on PATH
        } else {
            for (String word : self) {
                words.add(shellQuote(word));
            }
        }
        return String.join(" ", words) + " merge-file %O %A %B %P";
    }

    private boolean onPath(Path launcher) {
        String path = environment.variable("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir).resolve(launcher.getFileName());
            try {
                if (Files.isExecutable(candidate)) {
                    return Files.isSameFile(candidate, launcher);
                }
            } catch (IOException e) {
                return false;
            }
        }
        return false;
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
        try {
            String busy = operationInProgress();
            if (busy != null) {
                err.println("followup: " + busy + " is in progress in " + home + ", so this change is not committed"
                        + " yet; when 'followup check' is clean, finish it with 'followup git commit -a'");
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

    /** What git is in the middle of (a merge, a rebase, ...), or null. */
    private String operationInProgress() {
        Path gitDir = home.resolve(".git");
        if (Files.isRegularFile(gitDir)) {
            // a linked worktree or submodule: ".git" is a file naming the real folder
            try {
                String line = Files.readString(gitDir, StandardCharsets.UTF_8).strip();
                if (line.startsWith("gitdir:")) {
                    gitDir = home.resolve(line.substring("gitdir:".length()).strip());
                }
            } catch (IOException e) {
                return null;
            }
        }
        if (Files.exists(gitDir.resolve("MERGE_HEAD"))) {
            return "a git merge";
        }
        if (Files.exists(gitDir.resolve("rebase-merge")) || Files.exists(gitDir.resolve("rebase-apply"))) {
            return "a git rebase";
        }
        if (Files.exists(gitDir.resolve("CHERRY_PICK_HEAD"))) {
            return "a git cherry-pick";
        }
        if (Files.exists(gitDir.resolve("REVERT_HEAD"))) {
            return "a git revert";
        }
        return null;
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
        Environment.Programs.Captured result = captured(args);
        if (result.code() != 0) {
            List<String> lines = result.output().lines().filter(l -> !l.isBlank()).toList();
            throw new Failed("'git " + args.get(0) + "' failed" + (lines.isEmpty() ? " (exit " + result.code() + ")"
                    : ": " + lines.get(lines.size() - 1).strip()));
        }
        return result.output();
    }

    private Environment.Programs.Captured captured(List<String> args) throws Failed {
        try {
            return environment.programs().captured(command(args), variables());
        } catch (IOException e) {
            throw new Failed("cannot run git (is it installed and on PATH?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        }
    }

    private List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", home.toString()));
        command.addAll(args);
        return command;
    }

    /** The environment, less what would point git at another repository than the home. */
    private Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>(environment.variables());
        variables.keySet().removeAll(REDIRECTS);
        return variables;
    }
}
