package followup.sync;

import followup.UserException;
import followup.store.Store;
import followup.store.StoreLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way what followup writes reaches git's history: the store tells this recorder of each
 * file a command writes, and the run commits them all once the command is done, when the home is
 * a repository. Changes made by hand beside them (anywhere in applications/, config.yaml,
 * templates/) go into the same commit, named in its message. A git failure never undoes or fails
 * the write: it is a warning on stderr.
 */
public final class AutoCommit implements Store.Listener {

    /** What the history holds: the applications, the config and the templates, and git's own two files. */
    private static final List<String> TRACKED = List.of("applications", "config.yaml", "templates",
            ".gitattributes", ".gitignore");

    private final Map<String, String> written = new LinkedHashMap<>();

    @Override
    public void written(String file, String summary) {
        written.merge(file, summary, (a, b) -> a.equals(b) ? a : a + "; " + b);
    }

    /** True when the command wrote nothing (and so there is nothing to commit). */
    public boolean isEmpty() {
        return written.isEmpty();
    }

    /**
     * Commits what the command wrote, when the home is a repository; called once, after the
     * command. Spawns nothing, and looks at nothing, when nothing was written.
     */
    public void commit(Store store, GitRunner git, PrintWriter err) {
        if (written.isEmpty()) {
            return;
        }
        // under the store's lock, so two followups (cron and you) do not race for git's index
        try (StoreLock lock = store.lock()) {
            if (git.isRepository()) {
                commit(git, String.join("; ", new LinkedHashSet<>(written.values())), written.keySet(), err);
            }
        } catch (IOException e) {
            err.println("followup: warning: the change is saved but not committed to git: " + UserException.describe(e));
        }
    }

    /**
     * @param written the files followup wrote; others that changed are named in the message as
     *     changed outside followup (none are when empty: the commit is all followup's)
     */
    static void commit(GitRunner git, String summary, Set<String> written, PrintWriter err) {
        new RepositorySetup(git).upgradeDriver(err);
        try {
            Operation busy = Operation.inProgress(git.gitDir());
            if (busy != null) {
                err.println("followup: " + busy.description + " is in progress in " + git.home() + ", so this change is not"
                        + " committed yet; once 'followup check' is clean, finish it with " + busy.finish);
                return;
            }
            List<String> changed = changedFiles(git);
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
            git.quietly(add);
            // only these files: whatever else the user staged stays staged, uncommitted
            List<String> commit = new ArrayList<>(List.of("commit", "-q", "-m", message.toString(), "--"));
            commit.addAll(changed);
            git.quietly(commit);
        } catch (GitRunner.Failed e) {
            err.println("followup: warning: the change is saved but not committed to git: " + e.getMessage());
        }
    }

    /** Files under what the history holds that differ from the last commit (followup's dot files left out). */
    private static List<String> changedFiles(GitRunner git) throws GitRunner.Failed {
        List<String> status = new ArrayList<>(List.of("status", "--porcelain", "-z", "--untracked-files=all", "--"));
        status.addAll(TRACKED);
        String out = git.quietly(status);
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
}
