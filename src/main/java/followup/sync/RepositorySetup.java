package followup.sync;

import followup.UserException;
import followup.store.AtomicFiles;
import followup.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the data home a repository for followup ({@code followup git init}, {@code followup git
 * clone}): private, with followup's merge driver installed and its dot files kept out; and
 * repairs a driver line an older followup wrote.
 */
public final class RepositorySetup {

    /** What git does with application files in a merge: our driver (see {@code followup merge-file}). */
    static final String ATTRIBUTES = "applications/*.yaml merge=followup";

    /** followup's own dot files (the lock, temp files, edit copies) never belong in the history. */
    private static final List<String> IGNORED = List.of("applications/.*", "templates/.*", ".*.tmp");

    private final GitRunner git;
    private final Path home;

    public RepositorySetup(GitRunner git) {
        this.git = git;
        this.home = git.home();
    }

    /**
     * {@code followup git init ...}: creates the home when missing (or tightens it to 0700), then
     * a private repository ({@code --shared=0600} unless the user chose {@code --shared}), then
     * sets it up.
     */
    public int init(List<String> args, PrintWriter err) throws IOException {
        new Store(home).ensureFolders();
        boolean chosen = args.stream().anyMatch(a -> a.startsWith("--shared"));
        if (!chosen) {
            PrivateFiles.home(home, err);
        }
        List<String> init = new ArrayList<>(args);
        if (!chosen) {
            init.add(1, "--shared=0600");
        }
        int code = git.run(init);
        if (code == 0) {
            if (!chosen) {
                PrivateFiles.repository(git, err);
            }
            setUp(err);
            AutoCommit.commit(git, "start history", Set.of(), err);
        }
        return code;
    }

    /** {@code followup git clone URL}: clones into the (new or empty) home, then makes it private and sets it up. */
    public int cloneInto(List<String> args, PrintWriter err) throws IOException {
        if (Files.isDirectory(home)) {
            try (var entries = Files.list(home)) {
                if (entries.findAny().isPresent()) {
                    throw UserException.data(home + " is not empty: clone into a new data home (--home DIR), "
                            + "or make this one a repository with 'followup git init'");
                }
            }
        }
        Store.createPrivate(home);
        PrivateFiles.home(home, err);
        List<String> into = new ArrayList<>(args);
        into.add(".");
        int code = git.run(into);
        if (code == 0) {
            PrivateFiles.repository(git, err);
            setUp(err);
            AutoCommit.commit(git, "set up followup's merge driver", Set.of(), err);
        }
        return code;
    }

    /**
     * Installs the merge driver ({@code .gitattributes} and the repository's config), keeps
     * followup's dot files out ({@code .gitignore}), and makes {@code git pull} merge when the
     * user has not said otherwise (git refuses to pull diverged branches without being told).
     */
    private void setUp(PrintWriter err) throws IOException {
        ensureLines(home.resolve(".gitattributes"), "# followup merges application files field by field (followup git init)",
                List.of(ATTRIBUTES));
        ensureLines(home.resolve(".gitignore"), "# followup's lock and temporary files", IGNORED);
        try {
            installDriver();
            if (git.captured(List.of("config", "--get", "pull.rebase")).code() == 1) {
                git.quietly("config", "pull.rebase", "false");
            }
        } catch (GitRunner.Failed e) {
            err.println("followup: warning: the merge driver is not set up: " + e.getMessage());
        }
    }

    private void installDriver() throws GitRunner.Failed {
        git.quietly("config", "merge.followup.name", "followup: merges application files field by field");
        git.quietly("config", "merge.followup.driver", DriverLine.of(git.programs().self(), git.variable("HOME")));
    }

    /**
     * Replaces a merge driver line written by an older followup (a bare path to the launcher,
     * which git cannot run once the launcher moved) with this version's, in a repository set up
     * for followup's driver. Called before each commit: a repository is repaired by the first
     * change after an upgrade, before its next merge. Reads one file when nothing is to be done.
     */
    void upgradeDriver(PrintWriter err) {
        try {
            Path attributes = home.resolve(".gitattributes");
            if (!Files.isRegularFile(attributes)
                    || !Files.readString(attributes, StandardCharsets.UTF_8).contains(ATTRIBUTES)) {
                return; // not set up for followup's driver: a plain git repository stays as the user made it
            }
            Path config = git.gitDir().resolve("config");
            if (Files.isRegularFile(config) && Files.readString(config, StandardCharsets.UTF_8).contains(DriverLine.DRIVER_MARK)) {
                return;
            }
            Programs.Captured current = git.captured(List.of("config", "--get", "merge.followup.driver"));
            if (current.code() == 0 && current.output().contains(DriverLine.DRIVER_MARK)) {
                return;
            }
            installDriver();
            err.println("followup: note: updated git's merge driver in " + home
                    + " (it now finds followup wherever git runs it, and leaves a conflict when it cannot)");
        } catch (IOException | GitRunner.Failed e) {
            err.println("followup: warning: git's merge driver is not updated: " + e.getMessage());
        }
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
}
